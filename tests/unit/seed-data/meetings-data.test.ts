/**
 * Integrity of the demo facts taken from the seeds, and pins of the published facts
 * (attendance counts per status, represented-by links, agenda titles) so that a later edit
 * that loses a line fails.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { committees } from "../../../prisma/seed/data/committees";
import { demoMemberPersonKey, demoReferentPersonKeys } from "../../../prisma/seed/data/demo-links";
import { meetings } from "../../../prisma/seed/data/meetings";
import { organizations } from "../../../prisma/seed/data/organizations";
import { persons } from "../../../prisma/seed/data/persons";
import { prefectures } from "../../../prisma/seed/data/prefectures";
import type {
  AttendanceStatus,
  SeedAgendaItem,
  SeedAsker,
  SeedMeeting,
} from "../../../prisma/seed/data/types";

const personKeys = new Set(persons.map((p) => p.key));
const organizationKeys = new Set(organizations.map((o) => o.key));
const committeeKeys = new Set(committees.map((c) => c.key));
const prefectureCodes = new Set(prefectures.map((p) => p.code));
const personByKey = new Map(persons.map((p) => [p.key, p]));
const committeeByKey = new Map(committees.map((c) => [c.key, c]));
const organizationByKey = new Map(organizations.map((o) => [o.key, o]));

function meeting(key: string): SeedMeeting {
  const m = meetings.find((x) => x.key === key);
  if (!m) throw new Error(`meeting ${key} not found`);
  return m;
}

const m002 = meeting("86-clu-2021-05-06");
const m003 = meeting("16-clu-2022-04-05");
const m004 = meeting("88-clu-2022-12-08");
const m000 = meeting("86-clu-clac-2023-01-24");

function count(m: SeedMeeting, status: AttendanceStatus): number {
  return m.attendance.filter((a) => a.status === status).length;
}

function walk(items: SeedAgendaItem[], visit: (item: SeedAgendaItem) => void): void {
  for (const item of items) {
    visit(item);
    if (item.children) walk(item.children, visit);
  }
}

function agendaItemAt(items: SeedAgendaItem[], path: number[]): SeedAgendaItem | undefined {
  let level: SeedAgendaItem[] | undefined = items;
  let found: SeedAgendaItem | undefined;
  for (const i of path) {
    found = level?.[i];
    if (!found) return undefined;
    level = found.children;
  }
  return found;
}

/** Every presenter-like reference of a meeting (chair, presenters, representedBy, askers, responders) */
function presenterRefs(m: SeedMeeting): SeedAsker[] {
  const refs: SeedAsker[] = [];
  if (m.chair) refs.push(m.chair);
  walk(m.agenda, (item) => refs.push(...(item.presenters ?? [])));
  for (const a of m.attendance) if (a.representedBy) refs.push(a.representedBy);
  for (const s of m.minutes?.sections ?? []) {
    for (const i of s.interventions) {
      refs.push(i.asker);
      for (const ans of i.answers) refs.push(ans.responder);
    }
  }
  return refs;
}

function keyOfPerson(lastName: string, firstName: string, prefectureCode: string): string {
  const p = persons.find(
    (x) => x.lastName === lastName && x.firstName === firstName && x.prefectureCode === prefectureCode,
  );
  if (!p) throw new Error(`person ${firstName} ${lastName} not found`);
  return p.key;
}

describe("seed data — integrity", () => {
  it("has the three prefectures with their headers and sub-prefectures", () => {
    expect(prefectures.map((p) => [p.code, p.seatCity, p.stateHeader])).toEqual([
      ["86", "Poitiers", "PRÉFET DE LA VIENNE"],
      ["16", "Angoulême", "PRÉFET DE LA CHARENTE"],
      ["88", "Épinal", "PRÉFET DES VOSGES"],
    ]);
    expect(prefectures.find((p) => p.code === "88")?.subPrefectures).toEqual([
      "Neufchâteau",
      "Saint-Dié-des-Vosges",
    ]);
  });

  it("has unique keys in every collection and across collections", () => {
    const all = [
      ...persons.map((p) => p.key),
      ...organizations.map((o) => o.key),
      ...committees.map((c) => c.key),
      ...meetings.map((m) => m.key),
      ...prefectures.flatMap((p) => p.structures.map((s) => s.key)),
    ];
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(prefectures.map((p) => p.code)).size).toBe(prefectures.length);
  });

  it("prefixes every key with its prefecture code and uses known prefectures", () => {
    for (const x of [...persons, ...organizations, ...committees]) {
      expect(prefectureCodes.has(x.prefectureCode)).toBe(true);
      expect(x.key.startsWith(`${x.prefectureCode}-`)).toBe(true);
    }
    for (const p of prefectures) for (const s of p.structures) expect(s.key.startsWith(`${p.code}-`)).toBe(true);
  });

  it("uses only example.org e-mails (ASCII) and fictitious phone numbers", () => {
    const emails = [
      ...persons.flatMap((p) => (p.email ? [p.email] : [])),
      ...meetings.flatMap((m) => (m.minutes?.contact.email ? [m.minutes.contact.email] : [])),
    ];
    expect(emails.length).toBeGreaterThan(0);
    for (const e of emails) expect(e).toMatch(/^[a-z0-9.-]+@example\.org$/);
    expect(new Set(persons.map((p) => p.email)).size).toBe(persons.length);
    const phones = [
      ...persons.flatMap((p) => (p.phone ? [p.phone] : [])),
      ...meetings.flatMap((m) => (m.minutes?.contact.phone ? [m.minutes.contact.phone] : [])),
    ];
    for (const ph of phones) expect(ph).toMatch(/^0\d 00 00 00 \d\d$/);
  });

  it("resolves every organisation key of persons", () => {
    for (const p of persons) {
      if (p.organizationKey) expect(organizationKeys.has(p.organizationKey), p.key).toBe(true);
    }
  });

  it("resolves every member and stays within the committee's prefecture", () => {
    for (const c of committees) {
      for (const m of c.members) {
        expect(m.personKey || m.organizationKey || m.seatLabel, c.key).toBeTruthy();
        if (m.personKey) {
          expect(personKeys.has(m.personKey), m.personKey).toBe(true);
          expect(personByKey.get(m.personKey)?.prefectureCode).toBe(c.prefectureCode);
        }
        if (m.organizationKey) expect(organizationKeys.has(m.organizationKey), m.organizationKey).toBe(true);
      }
      const seated = c.members.flatMap((m) => (m.personKey ? [m.personKey] : []));
      expect(new Set(seated).size, `${c.key}: a person holds two seats`).toBe(seated.length);
    }
  });

  it("resolves every key used by meetings", () => {
    for (const m of meetings) {
      expect(committeeKeys.has(m.committeeKey), m.key).toBe(true);
      const prefectureCode = committeeByKey.get(m.committeeKey)?.prefectureCode;
      for (const a of m.attendance) {
        expect(a.personKey || a.organizationKey || a.seatLabel, m.key).toBeTruthy();
        if (a.personKey) {
          expect(personKeys.has(a.personKey), a.personKey).toBe(true);
          expect(personByKey.get(a.personKey)?.prefectureCode).toBe(prefectureCode);
        }
        if (a.organizationKey) expect(organizationKeys.has(a.organizationKey), a.organizationKey).toBe(true);
        expect(a.status === "REPRESENTED").toBe(a.representedBy !== undefined);
      }
      for (const s of m.minutes?.sections ?? []) {
        for (const i of s.interventions) {
          const org = i.asker.organizationKey;
          if (org) expect(organizationKeys.has(org), org).toBe(true);
          if (org) expect(organizationByKey.get(org)?.prefectureCode).toBe(prefectureCode);
        }
      }
      for (const ref of presenterRefs(m)) {
        expect(ref.personKey || ref.label || ref.organizationKey, m.key).toBeTruthy();
        if (ref.personKey) {
          expect(personKeys.has(ref.personKey), ref.personKey).toBe(true);
          expect(personByKey.get(ref.personKey)?.prefectureCode).toBe(prefectureCode);
        }
      }
      for (const s of m.minutes?.sections ?? []) {
        if (s.agendaPath) expect(agendaItemAt(m.agenda, s.agendaPath), `${m.key} ${s.title}`).toBeDefined();
      }
    }
  });

  it("lists every attendee as a member of the meeting's committee (and nobody twice)", () => {
    for (const m of meetings) {
      const c = committeeByKey.get(m.committeeKey);
      const memberPersons = new Set(c?.members.flatMap((x) => (x.personKey ? [x.personKey] : [])));
      const memberOrgs = new Set(
        c?.members.flatMap((x) => (!x.personKey && x.organizationKey ? [x.organizationKey] : [])),
      );
      const seen = new Set<string>();
      for (const a of m.attendance) {
        const id = a.personKey ?? a.organizationKey ?? a.seatLabel ?? "";
        expect(seen.has(id), `${m.key}: ${id} listed twice`).toBe(false);
        seen.add(id);
        if (a.college === null) continue; // non-member participant
        if (a.personKey) expect(memberPersons.has(a.personKey), a.personKey).toBe(true);
        else if (a.organizationKey) expect(memberOrgs.has(a.organizationKey), a.organizationKey).toBe(true);
      }
    }
  });

  it("points the demo links at the right persons", () => {
    expect(personKeys.has(demoMemberPersonKey)).toBe(true);
    const vienne = committeeByKey.get("86-clu-clac");
    const seat = vienne?.members.find((m) => m.personKey === demoMemberPersonKey);
    expect(seat?.college).toBe("USERS");
    expect(demoReferentPersonKeys).toEqual({
      "86": "86-nathalie-masse",
      "16": "16-pascal-crouzille",
      "88": "88-brigitte-cordier",
    });
    for (const [code, key] of Object.entries(demoReferentPersonKeys)) {
      expect(personByKey.get(key)?.prefectureCode).toBe(code);
    }
  });
});

describe("seed data — published facts", () => {
  it("has exactly the four meetings", () => {
    expect(meetings.map((m) => [m.key, m.committeeKey, m.startsAt, m.mode, m.numberingStyle])).toEqual([
      ["86-clu-2021-05-06", "86-clu-clac", "2021-05-06T14:30", "AUDIOCONFERENCE", "ROMAN_LETTERS"],
      ["16-clu-2022-04-05", "16-clu", "2022-04-05T09:30", "IN_PERSON", "ROMAN_LETTERS"],
      ["88-clu-2022-12-08", "88-clu", "2022-12-08T00:00", "HYBRID", "POINTS"],
      ["86-clu-clac-2023-01-24", "86-clu-clac", "2023-01-24T10:00", "IN_PERSON", "DECIMAL"],
    ]);
    expect(m002.closedAt).toBe("15:50");
    expect(m003.room).toBe("Grand Salon");
    expect(m000.room).toBe("Salle Marzellier");
  });

  it("002 Vienne 2021: attendance per status", () => {
    expect(count(m002, "PRESENT")).toBe(26); // chair + 13 State + 12 users
    expect(count(m002, "REMOTE")).toBe(0);
    expect(count(m002, "REPRESENTED")).toBe(7);
    expect(count(m002, "EXCUSED")).toBe(8);
    expect(count(m002, "ABSENT")).toBe(6);
    expect(m002.attendance).toHaveLength(47);
    expect(m002.attendance.filter((a) => a.isChair).map((a) => a.personKey)).toEqual(["86-chantal-castelnot"]);
  });

  it("002 Vienne 2021: represented-by links", () => {
    const links = m002.attendance
      .filter((a) => a.status === "REPRESENTED")
      .map((a) => [a.personKey, a.representedBy?.personKey]);
    expect(links).toEqual([
      ["86-anne-laure-jouteux", "86-nathalie-brionnet"],
      ["86-nicolas-sebileau", "86-nadege-roche"],
      ["86-valerie-coupeau", "86-carole-audouin"],
      ["86-agnes-mottet", "86-magali-masse"],
      ["86-michel-debiais", "86-jean-pierre-coillot"],
      ["86-pierre-dugontier", "86-ophelie-couret"],
      ["86-bruno-pajot", "86-alice-milcent"],
    ]);
    // every stand-in is listed present at the same meeting
    const present = new Set(m002.attendance.filter((a) => a.status === "PRESENT").map((a) => a.personKey));
    for (const [, by] of links) expect(present.has(by)).toBe(true);
    // Magali MASSE and Nathalie MASSÉ are two persons
    expect(keyOfPerson("MASSE", "Magali", "86")).not.toBe(keyOfPerson("MASSÉ", "Nathalie", "86"));
  });

  it("002 Vienne 2021: agenda, presenters and slide references", () => {
    expect(m002.agenda.map((i) => i.title)).toEqual([
      "Le Comité Local des Usagers : quels sont ses objectifs ?",
      "L'accueil en préfecture",
      "La délivrance de titres",
      "La dématérialisation des procédures",
      "La communication à travers les réseaux web",
      "La Direction Départementale de l'Emploi, du Travail et des Solidarités (DDETS)",
    ]);
    expect(m002.agenda.map((i) => (i.children ?? []).map((c) => c.title))).toEqual([
      [],
      [
        "L'accueil physique",
        "L'accueil téléphonique",
        "Les demandes d'information générale, les suggestions et réclamations",
      ],
      ["Information CIV et permis", "CNI/Passeport", "Ressortissants étrangers"],
      ["Les points numériques", "Les France Services", "Les ressortissants étrangers", "Les armes"],
      [],
      [],
    ]);
    expect(agendaItemAt(m002.agenda, [1, 1])?.slideReference).toBe("Diaporama pages 6 et 7");
    expect(agendaItemAt(m002.agenda, [1, 2])?.slideReference).toBe("Diaporama pages 8 à 10");
    expect(agendaItemAt(m002.agenda, [1, 2])?.presenters).toEqual([{ personKey: "86-nathalie-masse" }]);
    expect(agendaItemAt(m002.agenda, [5])?.presenters).toEqual([{ personKey: "86-magali-masse" }]);
    const slides: string[] = [];
    walk(m002.agenda, (i) => {
      if (i.slideReference) slides.push(i.slideReference);
    });
    expect(slides).toHaveLength(13);
  });

  it("002 Vienne 2021: minutes envelope and sections", () => {
    const min = m002.minutes;
    expect(min?.kind).toBe("COMPTE_RENDU");
    expect(min?.status).toBe("PUBLISHED");
    expect(min?.issuedOn).toBe("2021-06-14");
    expect(min?.issuedPlace).toBe("Poitiers");
    expect(min?.closingTime).toBe("15:50");
    expect(min?.signatory?.name).toBe("Chantal CASTELNOT");
    expect(min?.contact.email).toBe("nathalie.masse@example.org");
    // one section per leaf agenda item
    expect(min?.sections.map((s) => s.agendaPath)).toEqual([
      [0], [1, 0], [1, 1], [1, 2], [2, 0], [2, 1], [2, 2], [3, 0], [3, 1], [3, 2], [3, 3], [4], [5],
    ]);
    expect(min?.sections.filter((s) => s.noQuestions).map((s) => s.agendaPath)).toEqual([
      [0], [1, 2], [2, 0], [4],
    ]);
    const askers = min?.sections.flatMap((s) => s.interventions.map((i) => i.asker.personKey));
    expect(askers).toEqual([
      "86-thierry-prempain",
      "86-chantal-castelnot",
      "86-thierry-prempain",
      "86-nicolas-chassaing",
      "86-alice-milcent",
      "86-nicolas-chassaing",
      "86-chantal-castelnot",
      "86-gilles-bosseboeuf",
      "86-thierry-prempain",
      "86-nicolas-chassaing",
      "86-jean-pierre-coillot",
    ]);
  });

  it("003 Charente 2022: attendance per status and organisation-only seats", () => {
    expect(count(m003, "PRESENT")).toBe(11); // chair + 7 administration + 3 users
    expect(count(m003, "REMOTE")).toBe(0);
    expect(count(m003, "REPRESENTED")).toBe(0);
    expect(count(m003, "EXCUSED")).toBe(3);
    expect(count(m003, "ABSENT")).toBe(3);
    expect(m003.attendance).toHaveLength(17);
    const orgOnly = m003.attendance.filter((a) => !a.personKey && a.organizationKey);
    expect(orgOnly.map((a) => [a.organizationKey, a.status])).toEqual([
      ["16-udaf", "EXCUSED"],
      ["16-amf", "EXCUSED"],
      ["16-apf", "EXCUSED"],
      ["16-ofii", "ABSENT"],
      ["16-mobilians", "ABSENT"],
    ]);
    expect(m003.attendance.filter((a) => a.remark === "(absent excusé)")).toHaveLength(3);
    expect(organizations.find((o) => o.key === "16-udaf")?.shortName).toBe("UDAF 16");
  });

  it("003 Charente 2022: agenda and minutes", () => {
    expect(m003.agenda.map((i) => i.title)).toEqual([
      "La préfecture engagée dans la démarche Qual-e-Pref",
      "bilan de performance 2021 de la préfecture",
      "perspectives 2022 – vers l'amélioration continue",
      "temps d'échange et de concertation",
    ]);
    const min = m003.minutes;
    expect(min?.kind).toBe("COMPTE_RENDU");
    expect(min?.status).toBe("PUBLISHED");
    expect(min?.issuedOn).toBe("2022-04-13");
    expect(min?.issuedPlace).toBe("Angoulême");
    expect(min?.closingTime).toBe("11:30");
    expect(min?.reference).toBe(
      "référentiel Qual-e-Pref du 19 décembre 2018 – mis à jour le 04 février 2019",
    );
    expect(min?.signatory).toEqual({
      name: "Nathalie VALLEIX",
      title: "La secrétaire générale",
      delegation: "Pour la préfète et par délégation",
    });
    expect(min?.sections).toHaveLength(4);
    const exchange = min?.sections[3];
    expect(exchange?.interventions.map((i) => i.asker.personKey)).toEqual([
      "16-robert-pelletier",
      "16-jean-luc-girault",
      "16-rene-ballett",
    ]);
    expect(exchange?.interventions.map((i) => i.answers.length)).toEqual([2, 2, 0]);
  });

  it("004 Vosges 2022: attendance per status, one remote line, a seat without a person", () => {
    expect(count(m004, "PRESENT")).toBe(6);
    expect(count(m004, "REMOTE")).toBe(1);
    expect(count(m004, "REPRESENTED")).toBe(0);
    expect(count(m004, "EXCUSED")).toBe(7);
    expect(count(m004, "ABSENT")).toBe(5);
    expect(m004.attendance).toHaveLength(19);
    const remote = m004.attendance.filter((a) => a.status === "REMOTE");
    expect(remote.map((a) => [a.personKey, a.remark])).toEqual([
      ["88-marie-chantal-schneider", "(en visioconférence)"],
    ]);
    const noPerson = m004.attendance.filter((a) => !a.personKey);
    expect(noPerson).toHaveLength(1);
    expect(noPerson[0]?.seatLabel).toBe("Maire, représentant l'association des maires ruraux");
    expect(noPerson[0]?.status).toBe("ABSENT");
    const seat = committeeByKey.get("88-clu")?.members.find((m) => !m.personKey);
    expect(seat?.seatLabel).toBe("Maire, représentant l'association des maires ruraux");
    expect(m004.attendance.find((a) => a.isChair)?.personKey).toBe("88-david-percheron");
  });

  it("004 Vosges 2022: agenda and relevé de conclusions", () => {
    expect(m004.agenda.map((i) => i.title)).toEqual([
      "labellisation Qual-e-pref : engagements et plan d'actions",
      "2 démarches d'amélioration de l'accueil du public menées à la préfecture",
      "déploiement de la dématérialisation des demandes de titres de séjour des étrangers",
      "stratégie de communication de la préfecture et des services de l'Etat",
      "résultats de l'enquête de satisfaction et des indicateurs de qualité",
      "Point sur les Maisons France Services",
      "Suggestions d'amélioration du service au public",
    ]);
    const min = m004.minutes;
    expect(min?.kind).toBe("RELEVE_DE_CONCLUSIONS");
    expect(min?.status).toBe("PUBLISHED");
    expect(min?.issuedOn).toBe("2022-12-16");
    expect(min?.signatory?.name).toBe("David PERCHERON");
    expect(min?.sections).toHaveLength(7);
    expect(min?.sections[6]?.noQuestions).toBe(true);
    expect(min?.sections.flatMap((s) => s.interventions.map((i) => i.asker.personKey))).toEqual([
      "88-monique-vauthier",
      "88-marie-chantal-schneider",
      "88-marie-chantal-schneider",
    ]);
  });

  it("000/001 Vienne 2023: agenda tree, no published attendance", () => {
    expect(m000.agenda.map((i) => i.title)).toEqual([
      "La dématérialisation des procédures",
      "La démarche QUAL-E-PREF",
      "La démarche Services Publics + (SP+)",
    ]);
    expect(m000.agenda.map((i) => i.children?.length)).toEqual([9, 2, 3]);
    expect(m000.agenda[0]?.children?.map((c) => c.title)).toEqual([
      "Les France Services",
      "Les Points d'Accès Numérique (PAN) des démarches en ligne",
      "Les Points d'Accès Numérique (PAN) e-MERAUDE",
      "L'Administration Numérique pour les Etrangers en France (ANEF)",
      "La Carte Nationale d'Identité et le Passeport (CNI/PSP)",
      "Les permis de construire",
      "Le nouveau système de contrôle des aides de la Politique Agricole Commune (PAC)",
      "Signal Conso – Réponse Conso",
      "Le code du travail numérique",
    ]);
    expect(m000.attendance).toEqual([]);
    expect(m000.sources).toEqual(["000", "001"]);
  });

  it("committees: kinds and seat counts", () => {
    expect(committees.map((c) => [c.key, c.kind, c.members.length])).toEqual([
      ["86-clu-clac", "CLU_CLAC", 47],
      ["16-clu", "CLU", 17],
      ["88-clu", "CLU", 19],
    ]);
    for (const c of committees) for (const m of c.members) expect(m.mandate).toBe("TITULAIRE");
  });
});

/* ---------- Minutes: states, cover letter, conclusions, who spoke, our own words ---------- */

/** Index paths of the agenda's leaves, in order */
function leafPaths(items: SeedAgendaItem[], prefix: number[] = []): number[][] {
  return items.flatMap((item, i) =>
    item.children?.length ? leafPaths(item.children, [...prefix, i]) : [[...prefix, i]],
  );
}

/** Every text of the minutes we wrote ourselves, with where it sits */
function ownTexts(m: SeedMeeting): { where: string; text: string }[] {
  const min = m.minutes;
  if (!min) return [];
  const texts = min.coverLetter ? [{ where: "cover letter", text: min.coverLetter }] : [];
  for (const s of min.sections) {
    texts.push({ where: `${s.title} (summary)`, text: s.summary });
    if (s.conclusions) texts.push({ where: `${s.title} (conclusions)`, text: s.conclusions });
    for (const i of s.interventions) {
      texts.push({ where: `${s.title} (intervention)`, text: i.summary });
      for (const a of i.answers) texts.push({ where: `${s.title} (answer)`, text: a.summary });
    }
  }
  return texts;
}

/** Lower case words, typographic apostrophes and line breaks of the extraction ironed out */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const RUN = 12;

/** The first run of RUN words of `text` found verbatim in `source`, if any */
function copiedRun(text: string, source: string): string | null {
  const haystack = ` ${words(source).join(" ")} `;
  const w = words(text);
  for (let i = 0; i + RUN <= w.length; i++) {
    const run = w.slice(i, i + RUN).join(" ");
    if (haystack.includes(` ${run} `)) return run;
  }
  return null;
}

const seedsDir = fileURLToPath(new URL("../../../../shared/seeds", import.meta.url));
const seedsPresent = existsSync(seedsDir);

function seedText(id: string): string {
  const file = readdirSync(seedsDir).find((f) => f.startsWith(`${id}_`));
  if (!file) throw new Error(`seed ${id} not found in ${seedsDir}`);
  return readFileSync(`${seedsDir}/${file}`, "utf8");
}

describe("seed data — minutes", () => {
  it("carries minutes for the four meetings, in the states they have in reality", () => {
    expect(meetings.map((m) => [m.key, m.minutes?.kind, m.minutes?.status])).toEqual([
      ["86-clu-2021-05-06", "COMPTE_RENDU", "PUBLISHED"],
      ["16-clu-2022-04-05", "COMPTE_RENDU", "PUBLISHED"],
      ["88-clu-2022-12-08", "RELEVE_DE_CONCLUSIONS", "PUBLISHED"],
      ["86-clu-clac-2023-01-24", "COMPTE_RENDU", "DRAFT"],
    ]);
  });

  it("published minutes have a place and date of issue, a signatory and the chair as printed", () => {
    for (const m of [m002, m003, m004]) {
      const min = m.minutes;
      expect(min?.issuedOn, m.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(min?.issuedPlace, m.key).toBeTruthy();
      expect(min?.signatory?.name, m.key).toBeTruthy();
      const chair = personByKey.get(m.chair?.personKey ?? "");
      expect(chair, m.key).toBeDefined();
      expect(min?.chair, m.key).toContain(chair?.lastName);
    }
    expect(m002.minutes?.chair).toBe("Mme Chantal CASTELNOT, Préfète de la Vienne");
  });

  it("003 Charente: a cover letter of our own, and no cover letter elsewhere", () => {
    const letter = m003.minutes?.coverLetter ?? "";
    expect(letter.startsWith("Madame, Monsieur,")).toBe(true);
    expect(letter).toContain("ci-joint le compte rendu");
    expect(letter.split("\n\n").length).toBeGreaterThanOrEqual(3);
    expect(letter.length).toBeLessThan(1200);
    for (const m of [m002, m004, m000]) expect(m.minutes?.coverLetter, m.key).toBeUndefined();
  });

  it("004 Vosges: a relevé de conclusions, with conclusions on every section", () => {
    const sections = m004.minutes?.sections ?? [];
    expect(sections).toHaveLength(7);
    for (const s of sections) {
      expect(s.conclusions?.trim(), s.title).toBeTruthy();
      expect(s.conclusions?.length ?? 0, s.title).toBeLessThan(400);
    }
    // the relevé names the askers by the organisation they represent
    expect(sections.flatMap((s) => s.interventions.map((i) => i.asker.organizationKey))).toEqual([
      "88-udaf",
      "88-apf",
      "88-apf",
    ]);
  });

  it("has a presentation line on every section whose agenda item names a presenter", () => {
    for (const m of [m002, m003, m004, m000]) {
      for (const s of m.minutes?.sections ?? []) {
        const item = s.agendaPath ? agendaItemAt(m.agenda, s.agendaPath) : undefined;
        if (item?.presenters?.length) expect(s.presentation, `${m.key} ${s.title}`).toMatch(/^Présentation par /);
        else expect(s.presentation, `${m.key} ${s.title}`).toBeUndefined();
        // the slide pages printed with the presenter are those of the agenda item
        if (item?.slideReference) expect(s.presentation?.endsWith(`(${item.slideReference})`), s.title).toBe(true);
      }
    }
    expect(m002.minutes?.sections.filter((s) => s.presentation)).toHaveLength(13);
    expect(m004.minutes?.sections.filter((s) => s.presentation)).toHaveLength(6);
    // 002 prints the presenters' names: they are the agenda item's presenters
    for (const s of m002.minutes?.sections ?? []) {
      const item = agendaItemAt(m002.agenda, s.agendaPath ?? []);
      for (const p of item?.presenters ?? []) {
        const person = personByKey.get(p.personKey ?? "");
        const printed = p.personKey === "86-chantal-castelnot" ? "la Préfète" : person?.lastName;
        expect(s.presentation, s.title).toContain(printed);
      }
    }
  });

  it("every intervention has an asker, and the answers the seeds report", () => {
    for (const m of meetings) {
      for (const s of m.minutes?.sections ?? []) {
        for (const i of s.interventions) {
          expect(i.asker.personKey || i.asker.organizationKey || i.asker.label, `${m.key} ${s.title}`).toBeTruthy();
          expect(i.summary.trim()).toBeTruthy();
          for (const a of i.answers) {
            expect(a.responder.personKey || a.responder.label, `${m.key} ${s.title}`).toBeTruthy();
            expect(a.summary.trim()).toBeTruthy();
          }
        }
      }
    }
    const answers = (m: SeedMeeting) => m.minutes?.sections.flatMap((s) => s.interventions.map((i) => i.answers.length));
    // 002: every question got an answer; M. BOSSEBOEUF's proposal got two (Mme DELAFOND, the prefect)
    expect(answers(m002)).toEqual([1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1]);
    // 003: M. BALLETT's remarks are left unanswered in the record
    expect(answers(m003)).toEqual([2, 2, 0]);
    // 004: the APF's closing remark is an observation, not a question
    expect(answers(m004)).toEqual([1, 1, 0]);
    const responders = (m: SeedMeeting) =>
      m.minutes?.sections.flatMap((s) => s.interventions.flatMap((i) => i.answers.map((a) => a.responder.personKey)));
    expect(responders(m003)).toEqual([
      "16-gaetan-le-dorze",
      "16-simone-avril-petit",
      "16-simone-avril-petit",
      "16-nathalie-valleix",
    ]);
    expect(responders(m004)).toEqual(["88-aurore-berard-choinet", "88-aurore-berard-choinet"]);
  });

  it("000 Vienne 2023: a draft compte rendu, one section per agenda leaf, nothing fixed yet", () => {
    const min = m000.minutes;
    expect(min?.status).toBe("DRAFT");
    expect(min?.signatory).toBeUndefined();
    expect(min?.issuedOn).toBeUndefined();
    expect(min?.issuedPlace).toBeUndefined();
    expect(min?.closingTime).toBeUndefined();
    expect(min?.sections.map((s) => s.agendaPath)).toEqual(leafPaths(m000.agenda));
    expect(min?.sections.map((s) => s.title)).toEqual(
      leafPaths(m000.agenda).map((path) => agendaItemAt(m000.agenda, path)?.title),
    );
    for (const s of min?.sections ?? []) {
      expect(s.interventions, s.title).toEqual([]);
      const sentences = s.summary.split(/[.!?](?:\s|$)/).filter((x) => x.trim());
      expect(sentences.length, s.title).toBeGreaterThanOrEqual(1);
      expect(sentences.length, s.title).toBeLessThanOrEqual(3);
    }
    // key figures of the deck, as facts
    const figures = min?.sections.find((s) => s.title === "Les chiffres clés")?.summary;
    for (const f of ["19 265", "19 344", "836 333", "779 700", "90 %", "93 %"]) expect(figures).toContain(f);
  });

  it.skipIf(!seedsPresent)("summaries are ours: no run of 12 words copied from the seed", () => {
    for (const m of meetings) {
      const source = m.sources.map(seedText).join("\n");
      for (const { where, text } of ownTexts(m)) {
        expect(copiedRun(text, source), `${m.key} ${where}`).toBeNull();
      }
    }
  });

  it.runIf(!seedsPresent)("summaries are ours (skipped: ../shared/seeds is absent, nothing to compare with)", () => {
    expect(seedsPresent).toBe(false);
  });

  it("finds a copied run when there is one (the check itself)", () => {
    const source = "Le comité local des usagers est présidé par la préfète et est composé de représentants des utilisateurs.";
    expect(copiedRun("En bref, le comité local des usagers est présidé par la préfète et est composé de membres.", source)).toBe(
      "le comité local des usagers est présidé par la préfète et est",
    );
    expect(copiedRun("Le comité, présidé par la préfète, réunit usagers et services.", source)).toBeNull();
  });
});
