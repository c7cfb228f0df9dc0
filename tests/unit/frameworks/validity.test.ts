import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  checkVersionDates,
  checkVersionEdit,
  dayBefore,
  engagementDeletionRefusal,
  findDuplicate,
  isInForceOn,
  moduleDeletionRefusal,
  overlappingVersion,
  planNewVersion,
  spanInWords,
  type VersionSpan,
} from "@/lib/frameworks/domain";
import { createFrameworkSchema, engagementFieldsSchema, versionFieldsSchema } from "@/lib/frameworks/schemas";
import { isCurrentOn } from "@/lib/periods";

const v2018: VersionSpan = { id: "a", label: "Référentiel du 19 décembre 2018", publishedOn: "2018-12-19", validUntil: null };
const v2021: VersionSpan = { id: "b", label: "Version 2021", publishedOn: "2021-01-01", validUntil: "2023-12-31" };

describe("dayBefore", () => {
  it("crosses months, years and 29 February", () => {
    expect(dayBefore("2021-01-01")).toBe("2020-12-31");
    expect(dayBefore("2024-03-01")).toBe("2024-02-29");
    expect(dayBefore("2023-03-01")).toBe("2023-02-28");
    expect(dayBefore("2022-10-20")).toBe("2022-10-19");
  });
});

describe("checkVersionDates", () => {
  it("accepts a one-day version and an open-ended one, refuses an end before the start in French", () => {
    expect(checkVersionDates({ publishedOn: "2021-01-01", validUntil: "2021-01-01" })).toBeNull();
    expect(checkVersionDates({ publishedOn: "2021-01-01", validUntil: null })).toBeNull();
    expect(checkVersionDates({ publishedOn: "2021-01-02", validUntil: "2021-01-01" })).toEqual({
      field: "validUntil",
      message: "Le dernier jour en vigueur (1er janvier 2021) ne peut pas précéder le premier (2 janvier 2021).",
    });
  });
});

describe("overlappingVersion", () => {
  it("sees shared days, bounds included, and open ends as running forever", () => {
    const closed = { ...v2018, validUntil: "2020-12-31" };
    expect(overlappingVersion({ id: null, label: "n", publishedOn: "2021-01-01", validUntil: null }, [closed])).toBeNull();
    expect(overlappingVersion({ id: null, label: "n", publishedOn: "2020-12-31", validUntil: null }, [closed])).toBe(closed);
    expect(overlappingVersion({ id: null, label: "n", publishedOn: "2030-01-01", validUntil: null }, [v2018])).toBe(v2018);
    expect(overlappingVersion({ id: null, label: "n", publishedOn: "2010-01-01", validUntil: "2018-12-18" }, [v2018])).toBeNull();
  });

  it("never compares a version with itself", () => {
    expect(overlappingVersion(v2021, [v2021])).toBeNull();
  });

  it("agrees with 'current on a day' (lib/periods): two spans overlap iff some day is current in both", () => {
    const day = fc.integer({ min: 0, max: 60 }).map((n) => new Date(Date.UTC(2021, 0, 1 + n)).toISOString().slice(0, 10));
    const span = fc.tuple(day, fc.option(day, { nil: null })).map(([a, b]) => ({ publishedOn: b && b < a ? b : a, validUntil: b && b < a ? a : b }));
    fc.assert(
      fc.property(span, span, (a, b) => {
        const asDate = (s: { publishedOn: string; validUntil: string | null }) => ({
          startsOn: new Date(`${s.publishedOn}T00:00:00Z`),
          endsOn: s.validUntil ? new Date(`${s.validUntil}T00:00:00Z`) : null,
        });
        let shared = false;
        for (let n = 0; n <= 62 && !shared; n++) {
          const d = new Date(Date.UTC(2021, 0, 1 + n));
          shared = isCurrentOn(asDate(a), d) && isCurrentOn(asDate(b), d);
          // the domain's own rule on ISO days says the same
          expect(isInForceOn(a, d.toISOString().slice(0, 10))).toBe(isCurrentOn(asDate(a), d));
        }
        // an open end runs past the 62 days tried: both open-ended always share a day
        if (a.validUntil === null && b.validUntil === null) shared = true;
        const found = overlappingVersion({ id: "x", label: "a", ...a }, [{ id: "y", label: "b", ...b }]) !== null;
        expect(found).toBe(shared);
      }),
    );
  });
});

describe("planNewVersion", () => {
  it("ends the open-ended latest version the day before the new one", () => {
    const plan = planNewVersion({ id: null, label: "Version 2025", publishedOn: "2025-01-01", validUntil: null }, [v2018]);
    expect(plan).toEqual({ ok: true, closePrevious: { id: "a", validUntil: "2024-12-31" } });
  });

  it("leaves alone a latest version that already ended before", () => {
    const plan = planNewVersion({ id: null, label: "Version 2025", publishedOn: "2025-01-01", validUntil: null }, [v2021]);
    expect(plan).toEqual({ ok: true, closePrevious: null });
  });

  it("shortens a latest version that was to end after the new one starts", () => {
    const plan = planNewVersion({ id: null, label: "Version 2023", publishedOn: "2023-07-01", validUntil: null }, [v2021]);
    expect(plan).toEqual({ ok: true, closePrevious: { id: "b", validUntil: "2023-06-30" } });
  });

  it("refuses a version that does not start after the latest version's first day", () => {
    const plan = planNewVersion({ id: null, label: "Trop tôt", publishedOn: "2021-01-01", validUntil: null }, [{ ...v2018, validUntil: "2020-12-31" }, v2021]);
    expect(plan).toEqual({
      ok: false,
      problem: { field: "publishedOn", message: "La nouvelle version doit entrer en vigueur après le 1er janvier 2021, premier jour de la version « Version 2021 »." },
    });
  });

  it("refuses dates out of order before anything else", () => {
    const plan = planNewVersion({ id: null, label: "n", publishedOn: "2026-01-02", validUntil: "2026-01-01" }, []);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.problem.field).toBe("validUntil");
  });

  it("the first version of a framework closes nothing", () => {
    expect(planNewVersion({ id: null, label: "n", publishedOn: "2026-01-01", validUntil: null }, [])).toEqual({ ok: true, closePrevious: null });
  });

  it("never leaves two versions overlapping (property)", () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2018, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.tuple(day, fc.option(day, { nil: null })), { maxLength: 6 }), (steps) => {
        let versions: VersionSpan[] = [];
        steps.forEach(([start, end], i) => {
          const candidate = { id: null, label: `v${i}`, publishedOn: start, validUntil: end };
          const plan = planNewVersion(candidate, versions);
          if (!plan.ok) return;
          versions = versions.map((v) => (plan.closePrevious && v.id === plan.closePrevious.id ? { ...v, validUntil: plan.closePrevious.validUntil } : v));
          versions.push({ ...candidate, id: `id${i}` });
        });
        for (const v of versions) {
          expect(checkVersionDates(v)).toBeNull();
          expect(overlappingVersion(v, versions)).toBeNull();
        }
      }),
    );
  });
});

describe("checkVersionEdit", () => {
  it("refuses dates that overlap another version, naming it", () => {
    const problem = checkVersionEdit({ ...v2021, publishedOn: "2020-06-01" }, [{ ...v2018, validUntil: "2020-12-31" }, v2021]);
    expect(problem?.message).toBe(
      "Ces dates chevauchent la version « Référentiel du 19 décembre 2018 », en vigueur du 19 décembre 2018 au 31 décembre 2020 : les versions d'un référentiel se suivent sans se chevaucher.",
    );
  });

  it("accepts a version's own dates changed inside its free space", () => {
    expect(checkVersionEdit({ ...v2021, validUntil: null }, [{ ...v2018, validUntil: "2020-12-31" }, v2021])).toBeNull();
  });
});

describe("spanInWords", () => {
  it("prints the French days", () => {
    expect(spanInWords(v2021)).toBe("du 1er janvier 2021 au 31 décembre 2023");
    expect(spanInWords(v2018)).toBe("depuis le 19 décembre 2018, sans date de fin");
  });
});

describe("findDuplicate", () => {
  it("finds the first repeated value", () => {
    expect(findDuplicate([1, 2, 3])).toBeNull();
    expect(findDuplicate(["SPP-1", "SPP-2", "SPP-1"])).toBe("SPP-1");
  });
});

describe("deletion refusals", () => {
  it("a module with a label or engagements stays, and the sentence says why", () => {
    expect(moduleDeletionRefusal({ number: 9, labelledPrefectures: 0, engagements: 0 })).toBeNull();
    expect(moduleDeletionRefusal({ number: 1, labelledPrefectures: 1, engagements: 19 })).toBe(
      "Le module 1 ne peut pas être supprimé : 1 label de préfecture porte sur lui et 19 engagements lui sont rattachés. Supprimez ou rattachez ailleurs ses engagements, ou créez une nouvelle version du référentiel sans ce module.",
    );
  });

  it("an engagement named by an indicator, a self-assessment or an action stays", () => {
    expect(engagementDeletionRefusal({ code: "SPP-9", indicatorVersions: 0, selfAssessments: 0, actions: 0 })).toBeNull();
    expect(engagementDeletionRefusal({ code: "SPP-5", indicatorVersions: 0, selfAssessments: 4, actions: 1 })).toBe(
      "L'engagement SPP-5 ne peut pas être supprimé : 4 auto-évaluations et 1 action d'amélioration y renvoient. Créez plutôt une nouvelle version du référentiel sans cet engagement : l'historique reste attaché à celle-ci.",
    );
    expect(engagementDeletionRefusal({ code: "QEP-1.09", indicatorVersions: 1, selfAssessments: 0, actions: 0 })).toContain("1 version d'indicateur y renvoie.");
  });
});

describe("schemas", () => {
  it("a prefecture's own referential needs its prefecture; a national one has none", () => {
    const local = createFrameworkSchema.safeParse({ code: "CHARTE_86", kind: "LOCAL", name: "Charte d'accueil", prefectureId: "" });
    expect(local.success).toBe(false);
    expect(local.error?.issues[0]).toMatchObject({ path: ["prefectureId"], message: "Choisissez la préfecture à laquelle ce référentiel est propre." });
    const national = createFrameworkSchema.safeParse({ code: "SP_PLUS_2", kind: "SP_PLUS", name: "SP+", prefectureId: "6f1c2a4e-8a7b-4c1d-9e2f-0a1b2c3d4e5f" });
    expect(national.error?.issues[0]?.path).toEqual(["prefectureId"]);
    expect(createFrameworkSchema.safeParse({ code: "qep", kind: "SP_PLUS", name: "x" }).success).toBe(false);
  });

  it("a version's end before its start is refused on the end field, with the domain's words", () => {
    const parsed = versionFieldsSchema.safeParse({ label: "V", publishedOn: "2021-01-02", validUntil: "2021-01-01", status: "ACTIVE" });
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["validUntil"], message: checkVersionDates({ publishedOn: "2021-01-02", validUntil: "2021-01-01" })!.message });
    expect(versionFieldsSchema.safeParse({ label: "V", publishedOn: "2021-02-30", validUntil: "", status: "ACTIVE" }).success).toBe(false);
    expect(versionFieldsSchema.parse({ label: " V ", publishedOn: "2021-01-01", validUntil: "", status: "DRAFT" })).toEqual({ label: "V", publishedOn: "2021-01-01", validUntil: null, status: "DRAFT" });
  });

  it("engagement codes are upper-cased; numbers typed as text are numbers", () => {
    expect(engagementFieldsSchema.parse({ code: "spp-10", number: "10", title: "Accessibilité", description: "", moduleId: "" })).toEqual({
      code: "SPP-10",
      number: 10,
      title: "Accessibilité",
      description: null,
      moduleId: null,
    });
    expect(engagementFieldsSchema.safeParse({ code: "SPP 10", number: "10", title: "x" }).success).toBe(false);
  });
});
