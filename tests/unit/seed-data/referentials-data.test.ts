/**
 * Integrity of the referential demo data (frameworks, indicator definitions and values,
 * targets, surveys, actions, labels): codes unique, every cross-reference resolves, every
 * value sits on a valid period of a defined indicator.
 */
import { describe, expect, it } from "vitest";
import { isFinerThan, isValidPeriod } from "@/lib/indicators/domain";
import { actions } from "@/prisma/seed/data/actions";
import { frameworks } from "@/prisma/seed/data/frameworks";
import { indicatorValues, targets } from "@/prisma/seed/data/indicator-values";
import { indicatorDefinitions } from "@/prisma/seed/data/indicators";
import { labels } from "@/prisma/seed/data/labels";
import { prefectures } from "@/prisma/seed/data/prefectures";
import { surveys } from "@/prisma/seed/data/surveys";
import type { SeedEngagement } from "@/prisma/seed/data/types";
import { meetings } from "@/prisma/seed/data/meetings";

const SEED_IDS = new Set(["000", "001", "002", "003", "004"]);
/** Meeting keys the action plan may refer to: the seeded meetings. */
const MEETING_KEYS = new Set(meetings.map((m) => m.key));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const prefectureCodes = new Set(prefectures.map((p) => p.code));
const engagementsOf = (code: string): SeedEngagement[] => {
  const f = frameworks.find((x) => x.code === code);
  return f ? [...f.engagements, ...f.modules.flatMap((m) => m.engagements)] : [];
};
const allEngagements = frameworks.flatMap((f) => engagementsOf(f.code));
const engagementCodes = new Set(allEngagements.map((e) => e.code));
const definitions = new Map(indicatorDefinitions.map((d) => [d.code, d]));

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe("frameworks", () => {
  const qep = frameworks.find((f) => f.code === "QUAL_E_PREF");
  const spp = frameworks.find((f) => f.code === "SP_PLUS");

  it("have unique codes and valid version dates", () => {
    expect(duplicates(frameworks.map((f) => f.code))).toEqual([]);
    for (const f of frameworks) {
      expect(f.version.publishedOn).toMatch(ISO_DATE);
      if (f.version.updatedOn) expect(f.version.updatedOn > f.version.publishedOn).toBe(true);
    }
  });

  it("Qual-e-Pref: referential of 19 December 2018 updated 4 February 2019, 8 modules", () => {
    expect(qep?.version.publishedOn).toBe("2018-12-19");
    expect(qep?.version.updatedOn).toBe("2019-02-04");
    expect(qep?.modules.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(qep?.modules.map((m) => m.requirement)).toEqual([
      "MANDATORY",
      "CONDITIONAL",
      "OPTIONAL",
      "OPTIONAL",
      "OPTIONAL",
      "OPTIONAL",
      "OPTIONAL",
      "OPTIONAL",
    ]);
    expect(qep?.modules[1]?.condition).toMatch(/CERT/);
    expect(qep?.modules[0]?.engagements).toHaveLength(19);
    expect(qep?.modules[6]?.engagements).toHaveLength(4);
  });

  it("SP+ 2021: 9 engagements, no modules", () => {
    expect(spp?.modules).toEqual([]);
    expect(spp?.engagements.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("engagement codes are unique, numbered in order, with short titles", () => {
    expect(duplicates(allEngagements.map((e) => e.code))).toEqual([]);
    for (const m of qep?.modules ?? []) {
      expect(m.engagements.map((e) => e.number)).toEqual(m.engagements.map((_, i) => i + 1));
      for (const e of m.engagements) expect(e.code.startsWith(`QEP-${m.number}.`)).toBe(true);
    }
    for (const e of allEngagements) {
      expect(e.title.length).toBeGreaterThan(0);
      expect(e.title.length).toBeLessThanOrEqual(100);
    }
  });
});

describe("indicator definitions", () => {
  it("have unique codes and unique component codes", () => {
    expect(duplicates(indicatorDefinitions.map((d) => d.code))).toEqual([]);
    for (const d of indicatorDefinitions) expect(duplicates(d.components.map((c) => c.code)), d.code).toEqual([]);
  });

  it("have the components their formula needs", () => {
    for (const d of indicatorDefinitions) {
      const roles = d.components.map((c) => c.role);
      switch (d.formula) {
        case "RATIO":
          expect(roles, d.code).toContain("NUMERATOR");
          expect(roles, d.code).toContain("DENOMINATOR");
          break;
        case "COMPLEMENT_RATIO":
          expect(roles, d.code).toContain("BASE");
          break;
        case "WEIGHTED_MEAN":
          expect(roles, d.code).toContain("VALUE");
          expect(roles, d.code).toContain("WEIGHT");
          break;
        case "VALUE":
          expect(roles, d.code).toEqual(["VALUE"]);
          break;
      }
      if (d.aggregation === "WEIGHTED_MEAN") expect(roles, d.code).toContain("WEIGHT");
      if (d.unit === "COUNT") expect(["SUM", "LAST"], d.code).toContain(d.aggregation);
      expect(Number.isInteger(d.precision) && d.precision >= 0, d.code).toBe(true);
    }
  });

  it("refer to existing engagements of their own framework", () => {
    for (const d of indicatorDefinitions) {
      if (!d.engagementCode) continue;
      expect(d.frameworkCode, d.code).toBeDefined();
      expect(engagementsOf(d.frameworkCode ?? "").map((e) => e.code), d.code).toContain(d.engagementCode);
    }
  });

  it("cover every indicator of domain.md §5", () => {
    const codes = indicatorDefinitions.map((d) => d.code);
    for (const code of [
      "WEB_CONNECTION_RATE",
      "SOCIAL_ENGAGEMENT_RATE",
      "CALL_PICKUP_RATE",
      "FIRST_RESIDENCE_PERMIT_DELAY",
      "RESIDENCE_PERMIT_RENEWAL_DELAY",
      "CNI_PASSPORT_DELIVERY_DELAY",
      "DRIVING_LICENCE_DELIVERY_DELAY",
      "VEHICLE_REGISTRATION_DELIVERY_DELAY",
      "TOWN_HALL_APPOINTMENT_DELAY",
      "EMAIL_ANSWER_RATE",
      "COMPLAINTS_PROCESSED_RATE",
      "RECEPTION_CHANGES_PUBLICATION_RATE",
      "SATISFACTION_RATE",
      "JDMA_EXPERIENCES_RECEIVED",
      "JDMA_EXPERIENCES_PROCESSED",
    ]) {
      expect(codes).toContain(code);
    }
  });
});

describe("indicator values", () => {
  it("refer to a defined indicator, a known prefecture and a seed", () => {
    for (const v of indicatorValues) {
      expect(definitions.has(v.indicatorCode), v.indicatorCode).toBe(true);
      expect(prefectureCodes.has(v.prefectureCode), v.prefectureCode).toBe(true);
      expect(SEED_IDS.has(v.source), v.source).toBe(true);
    }
  });

  it("sit on a valid period, at the definition's periodicity or a coarser one", () => {
    for (const v of indicatorValues) {
      const d = definitions.get(v.indicatorCode);
      const where = `${v.prefectureCode} ${v.indicatorCode} ${v.year} ${v.periodicity} ${v.period}`;
      expect(isValidPeriod(v.periodicity, v.period), where).toBe(true);
      expect(d && isFinerThan(v.periodicity, d.periodicity), where).toBe(false);
      expect(v.year >= 2019 && v.year <= 2023, where).toBe(true);
    }
  });

  it("are unique per prefecture, indicator, scope and period", () => {
    const keys = indicatorValues.map((v) => [v.prefectureCode, v.indicatorCode, v.scope, v.periodicity, v.year, v.period].join("|"));
    expect(duplicates(keys)).toEqual([]);
  });

  it("carry components of their definition, or a published figure marked direct", () => {
    for (const v of indicatorValues) {
      const d = definitions.get(v.indicatorCode);
      const where = `${v.prefectureCode} ${v.indicatorCode} ${v.year} ${v.period}`;
      expect(v.components !== undefined || v.published !== undefined, where).toBe(true);
      if (v.direct) {
        expect(v.components, where).toBeUndefined();
        expect(v.published, where).toBeDefined();
      } else {
        expect(v.components, where).toBeDefined();
      }
      const known = new Set(d?.components.map((c) => c.code));
      for (const code of Object.keys(v.components ?? {})) expect(known.has(code), `${where} ${code}`).toBe(true);
      for (const figure of Object.values(v.components ?? {})) expect(Number.isFinite(figure), where).toBe(true);
      if (d?.unit === "PERCENT" && v.published !== undefined) {
        expect(v.published >= 0 && v.published <= 100, where).toBe(true);
      }
    }
  });

  it("include every month of every 2021 table of seed 003", () => {
    for (const [code, scope] of [
      ["WEB_CONNECTION_RATE", ""],
      ["SOCIAL_ENGAGEMENT_RATE", ""],
      ["CALL_PICKUP_RATE", "services"],
      ["FIRST_RESIDENCE_PERMIT_DELAY", ""],
      ["RESIDENCE_PERMIT_RENEWAL_DELAY", ""],
    ]) {
      const monthsFound = indicatorValues
        .filter((v) => v.prefectureCode === "16" && v.indicatorCode === code && v.scope === scope && v.year === 2021 && v.periodicity === "MONTHLY")
        .map((v) => v.period);
      expect(monthsFound, code).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    }
  });
});

describe("targets", () => {
  it("refer to defined indicators, once per prefecture, in the indicator's direction", () => {
    for (const t of targets) {
      const d = definitions.get(t.indicatorCode);
      expect(d, t.indicatorCode).toBeDefined();
      expect(prefectureCodes.has(t.prefectureCode)).toBe(true);
      if (d?.target) expect(t.direction, t.indicatorCode).toBe(d.target.direction);
    }
    expect(duplicates(targets.map((t) => `${t.prefectureCode}|${t.indicatorCode}`))).toEqual([]);
  });
});

describe("surveys", () => {
  it("have unique keys and plausible figures", () => {
    expect(duplicates(surveys.map((s) => s.key))).toEqual([]);
    for (const s of surveys) {
      expect(prefectureCodes.has(s.prefectureCode)).toBe(true);
      expect(SEED_IDS.has(s.source)).toBe(true);
      if (s.recipients !== undefined) expect(s.respondents).toBeLessThanOrEqual(s.recipients);
      for (const q of s.questions) {
        if (q.kind !== "OPEN") expect(q.options.length, q.text).toBeGreaterThan(0);
        for (const o of q.options) if (o.percent !== undefined) expect(o.percent >= 0 && o.percent <= 100, o.label).toBe(true);
        if (q.kind === "SCALE") expect(q.options).toHaveLength(4);
      }
    }
  });

  it("Vosges 2022: 102 respondents, global satisfaction 54,90 / 40,20 / 2,00 / 2,90", () => {
    const vosges = surveys.find((s) => s.key === "88-2022-usagers");
    expect(vosges?.respondents).toBe(102);
    const global = vosges?.questions.find((q) => q.text === "Niveau de satisfaction globale");
    expect(global?.options.map((o) => o.percent)).toEqual([54.9, 40.2, 2.0, 2.9]);
  });
});

describe("actions", () => {
  it("refer to existing engagements, known meetings and prefectures", () => {
    for (const a of actions) {
      expect(prefectureCodes.has(a.prefectureCode)).toBe(true);
      expect(SEED_IDS.has(a.source)).toBe(true);
      for (const code of a.engagementCodes ?? []) expect(engagementCodes.has(code), `${a.title}: ${code}`).toBe(true);
      if (a.meetingKey) {
        expect(MEETING_KEYS.has(a.meetingKey), a.meetingKey).toBe(true);
        expect(a.meetingKey.startsWith(`${a.prefectureCode}-`), a.title).toBe(true);
      }
      if (a.dueOn) expect(a.dueOn).toMatch(ISO_DATE);
      expect(a.title.length, a.title).toBeLessThanOrEqual(80);
    }
  });
});

describe("labels", () => {
  it("refer to existing modules, with a validity after the grant", () => {
    for (const l of labels) {
      const f = frameworks.find((x) => x.code === l.frameworkCode);
      const modules = new Set(f?.modules.map((m) => m.number));
      for (const n of l.moduleNumbers) expect(modules.has(n)).toBe(true);
      expect(l.moduleNumbers.length).toBeGreaterThanOrEqual(2);
      expect(l.obtainedOn).toMatch(ISO_DATE);
      expect(l.validUntil > l.obtainedOn).toBe(true);
      for (const a of l.audits) if (a.plannedBy) expect(a.plannedBy).toMatch(ISO_DATE);
    }
  });

  it("Vosges: labelled on 20 October 2022 by SOCOTEC until 20 October 2025, follow-up audit by January 2024", () => {
    const vosges = labels.find((l) => l.prefectureCode === "88");
    expect(vosges?.obtainedOn).toBe("2022-10-20");
    expect(vosges?.validUntil).toBe("2025-10-20");
    expect(vosges?.certifier).toMatch(/SOCOTEC/);
    expect(vosges?.audits.find((a) => a.kind === "FOLLOW_UP")?.plannedBy).toBe("2024-01-31");
  });
});
