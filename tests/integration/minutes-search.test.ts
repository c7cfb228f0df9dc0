// Full-text search of the minutes on a real PostgreSQL (the French accent-insensitive
// configuration and the GIN index of the migrations): stemming, accents, who finds what, the
// public search, hostile input and highlighted excerpts. Fixtures use made-up words
// (quetzalcoatl…) so the demo minutes sharing this database never interfere.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { listReadableMinutes, searchMinutes, searchPublishedMinutes, type MinutesSearchOutcome } from "@/lib/minutes";
import { committees } from "@/prisma/seed/data/committees";
import { createTestPrefecture } from "@/tests/factories/prefectures";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();

type Status = "DRAFT" | "IN_REVIEW" | "VALIDATED" | "PUBLISHED";
interface Revision {
  status: Status;
  sections: { title: string; plainText: string }[];
}

const created = { meetings: [] as string[], committees: [] as string[], prefectures: [] as string[] };

/** A held meeting and its minutes, one row per revision (1, 2…), sections with their plain text. */
async function meetingWithMinutes(prefectureId: string, committeeId: string, startsAt: Date, revisions: Revision[]) {
  const meeting = await db.meeting.create({ data: { prefectureId, committeeId, startsAt, status: "HELD" } });
  created.meetings.push(meeting.id);
  const minutesIds: string[] = [];
  for (const [i, r] of revisions.entries()) {
    const minutes = await db.minutes.create({
      data: {
        meetingId: meeting.id,
        revision: i + 1,
        status: r.status,
        sections: { create: r.sections.map((s, position) => ({ position, title: s.title, plainText: s.plainText })) },
      },
      include: { sections: true },
    });
    minutesIds.push(minutes.id);
  }
  return { meetingId: meeting.id, minutesIds };
}

function ok(outcome: MinutesSearchOutcome) {
  if (outcome.status !== "ok") throw new Error(`search refused: ${outcome.message}`);
  return outcome;
}

const ids = (outcome: MinutesSearchOutcome) => ok(outcome).results.map((r) => r.minutesId);

let vienneId: string;
let member: Actor;
let referent: Actor;
let lastYear: { meetingId: string; minutesIds: string[] };
let draft: { meetingId: string; minutesIds: string[] };
let inReview: { meetingId: string; minutesIds: string[] };
let otherCommittee: { meetingId: string; minutesIds: string[] };
let hiddenPrefecture: { id: string; minutesId: string };

beforeAll(async () => {
  await withDemoData(db);
  const vienne = await db.prefecture.findUniqueOrThrow({ where: { code: "86" } });
  vienneId = vienne.id;
  member = await actorFor(db, "membre.86@example.org");
  referent = await actorFor(db, "referent.86@example.org");
  const seededName = committees.find((c) => c.key === "86-clu-clac")!.name;
  const own = await db.committee.findFirstOrThrow({ where: { prefectureId: vienne.id, name: seededName } });
  const other = await db.committee.create({ data: { prefectureId: vienne.id, kind: "CLAC", name: `CLAC recherche ${Date.now()}` } });
  created.committees.push(other.id);
  const year = new Date().getUTCFullYear();

  // Last year's published answer, and a correction being drafted since (revision 2).
  lastYear = await meetingWithMinutes(vienne.id, own.id, new Date(Date.UTC(year - 1, 4, 6, 12)), [
    {
      status: "PUBLISHED",
      sections: [
        {
          title: "Accueil du samedi à la Préfecture",
          plainText:
            "M. PREMPAIN pose une question sur l'accueil des usagers le samedi matin au guichet quetzalcoatl. " +
            "Il lui est répondu que la préfecture ouvrira un samedi par mois à partir de septembre. " +
            "Le texte <b>gras</b> et <script>alert(1)</script> reste du texte ; un \u0001 caractère de contrôle aussi.",
        },
      ],
    },
    { status: "DRAFT", sections: [{ title: "Accueil", plainText: "Correction en cours : quetzalcoatl ornithorynque." }] },
  ]);
  draft = await meetingWithMinutes(vienne.id, own.id, new Date(Date.UTC(year, 0, 10, 9)), [
    { status: "DRAFT", sections: [{ title: "Brouillon", plainText: "Notes de séance sur le dossier axolotl." }] },
  ]);
  inReview = await meetingWithMinutes(vienne.id, own.id, new Date(Date.UTC(year, 1, 10, 9)), [
    { status: "IN_REVIEW", sections: [{ title: "Relecture", plainText: "Le point relecturium est soumis aux membres." }] },
  ]);
  otherCommittee = await meetingWithMinutes(vienne.id, other.id, new Date(Date.UTC(year, 2, 10, 9)), [
    { status: "PUBLISHED", sections: [{ title: "Autre comité", plainText: "Les hippocampes et le dossier axolotl du CLAC." }] },
  ]);

  const hidden = await createTestPrefecture(db);
  await db.prefecture.update({ where: { id: hidden.id }, data: { isPublic: false } });
  created.prefectures.push(hidden.id);
  const hiddenCommittee = await db.committee.create({ data: { prefectureId: hidden.id, kind: "CLU", name: "CLU caché" } });
  created.committees.push(hiddenCommittee.id);
  const hiddenMeeting = await meetingWithMinutes(hidden.id, hiddenCommittee.id, new Date(Date.UTC(year - 1, 5, 1, 9)), [
    { status: "PUBLISHED", sections: [{ title: "Publié mais privé", plainText: "Le quetzalcoatl de la préfecture non publique." }] },
  ]);
  hiddenPrefecture = { id: hidden.id, minutesId: hiddenMeeting.minutesIds[0]! };
});

afterAll(async () => {
  await db.meeting.deleteMany({ where: { id: { in: created.meetings } } });
  await db.committee.deleteMany({ where: { id: { in: created.committees } } });
  await db.prefecture.deleteMany({ where: { id: { in: created.prefectures } } });
});

describe("full-text search of the minutes", () => {
  it("a member finds last year's answer by one word of it, with the word highlighted", async () => {
    const outcome = ok(await searchMinutes(member, vienneId, "samedi", { limit: 50 }));
    const hit = outcome.results.find((r) => r.minutesId === lastYear.minutesIds[0]);
    expect(hit).toBeDefined();
    expect(hit!.meetingId).toBe(lastYear.meetingId);
    expect(hit!.sectionTitle).toBe("Accueil du samedi à la Préfecture");
    expect(hit!.statusLabel).toBe("Publié");
    expect(hit!.committeeName).not.toBe("");
    expect(hit!.excerpt.filter((s) => s.highlighted).map((s) => s.text.toLowerCase())).toContain("samedi");
    expect(hit!.excerpt.map((s) => s.text).join("")).toContain("répondu");
  });

  it("stems French words: questions finds question, accueillir finds accueil", async () => {
    expect(ids(await searchMinutes(member, vienneId, "questions quetzalcoatl"))).toEqual([lastYear.minutesIds[0]]);
    expect(ids(await searchMinutes(member, vienneId, "accueillir quetzalcoatl"))).toEqual([lastYear.minutesIds[0]]);
    // "ouvrira" and "ouvrir" share their stem with the text's "ouvrira"
    expect(ids(await searchMinutes(member, vienneId, "ouvrir quetzalcoatl"))).toEqual([lastYear.minutesIds[0]]);
  });

  it("ignores accents and case: prefecture finds préfecture, SAMEDI finds samedi, hippocampe finds hippocampes", async () => {
    expect(ids(await searchMinutes(member, vienneId, "prefecture quetzalcoatl"))).toEqual([lastYear.minutesIds[0]]);
    expect(ids(await searchMinutes(member, vienneId, "SAMEDI QUETZALCOATL"))).toEqual([lastYear.minutesIds[0]]);
    expect(ids(await searchMinutes(referent, vienneId, "hippocampe"))).toEqual([otherCommittee.minutesIds[0]]);
  });

  it("a member finds nothing of a committee they do not sit on; the referent does", async () => {
    expect(ids(await searchMinutes(member, vienneId, "hippocampes"))).toEqual([]);
    expect(ok(await searchMinutes(member, vienneId, "hippocampes")).total).toBe(0);
    expect(ids(await searchMinutes(referent, vienneId, "hippocampes"))).toEqual([otherCommittee.minutesIds[0]]);
  });

  it("a member never finds a draft, neither a draft meeting's minutes nor a correction in progress", async () => {
    expect(ids(await searchMinutes(member, vienneId, "axolotl"))).toEqual([]);
    expect(ids(await searchMinutes(member, vienneId, "ornithorynque"))).toEqual([]);
    // the referent reads the drafts, and the latest revision only (the correction, not revision 1)
    expect(ids(await searchMinutes(referent, vienneId, "axolotl")).sort()).toEqual([draft.minutesIds[0], otherCommittee.minutesIds[0]].sort());
    expect(ids(await searchMinutes(referent, vienneId, "ornithorynque"))).toEqual([lastYear.minutesIds[1]]);
    expect(ids(await searchMinutes(referent, vienneId, "samedi quetzalcoatl"))).toEqual([]);
    // minutes in review are the members' to read
    expect(ids(await searchMinutes(member, vienneId, "relecturium"))).toEqual([inReview.minutesIds[0]]);
  });

  it("stays inside the prefecture asked for", async () => {
    const hits = ids(await searchMinutes(referent, vienneId, "quetzalcoatl"));
    expect(hits).not.toContain(hiddenPrefecture.minutesId);
  });

  it("the public search finds only published minutes of public prefectures", async () => {
    expect(ids(await searchPublishedMinutes(vienneId, "samedi quetzalcoatl"))).toEqual([lastYear.minutesIds[0]]);
    expect(ids(await searchPublishedMinutes(vienneId, "relecturium"))).toEqual([]);
    expect(ids(await searchPublishedMinutes(vienneId, "axolotl"))).toEqual([otherCommittee.minutesIds[0]]);
    expect(ids(await searchPublishedMinutes(vienneId, "ornithorynque"))).toEqual([]);
    expect(ids(await searchPublishedMinutes(hiddenPrefecture.id, "quetzalcoatl"))).toEqual([]);
    // the referent of that prefecture would find them: only the public flag hides them
  });

  it("lists the minutes a member may read, latest readable revision per meeting, newest first", async () => {
    const list = await listReadableMinutes(member, vienneId);
    const listed = list.map((m) => m.id);
    expect(listed).toContain(lastYear.minutesIds[0]);
    expect(listed).toContain(inReview.minutesIds[0]);
    expect(listed).not.toContain(lastYear.minutesIds[1]);
    expect(listed).not.toContain(draft.minutesIds[0]);
    expect(listed).not.toContain(otherCommittee.minutesIds[0]);
    expect(listed.indexOf(inReview.minutesIds[0]!)).toBeLessThan(listed.indexOf(lastYear.minutesIds[0]!));
    expect(list.find((m) => m.id === inReview.minutesIds[0])?.statusLabel).toBe("En relecture");
    const forReferent = (await listReadableMinutes(referent, vienneId)).map((m) => m.id);
    expect(forReferent).toContain(lastYear.minutesIds[1]);
    expect(forReferent).not.toContain(lastYear.minutesIds[0]);
    expect(forReferent).toContain(draft.minutesIds[0]);
  });

  it("refuses too short, too long or malformed queries with a French message, without querying", async () => {
    for (const q of ["", " ", "a", "x".repeat(201), "a\u0000b", ["samedi", "x"], undefined]) {
      const outcome = await searchMinutes(member, vienneId, q);
      expect(outcome.status).toBe("invalid");
      if (outcome.status === "invalid") expect(outcome.message).toMatch(/[a-zé]/);
    }
  });

  it("treats hostile input as words", async () => {
    for (const q of ["'); drop table minutes_sections; --", "<script>alert(1)</script>", "&|!", "!!!", ":*", "\\\\", '"unterminated', "samedi <-> -", "quetzalcoatl:*A"]) {
      const outcome = await searchMinutes(referent, vienneId, q);
      expect(outcome.status).toBe("ok");
    }
    expect(await db.minutesSection.count()).toBeGreaterThan(0);
  });

  it("never turns the minutes' text into markup: tag-like words and the delimiters' control characters are dropped", async () => {
    const outcome = ok(await searchMinutes(member, vienneId, "gras quetzalcoatl"));
    const excerpt = outcome.results[0]!.excerpt;
    const text = excerpt.map((s) => s.text).join("");
    expect(excerpt.some((s) => s.highlighted && s.text === "gras")).toBe(true);
    // PostgreSQL's parser reads "<b>" as a tag and ts_headline leaves tags out; React would
    // escape them anyway, the point is that no HTML is built from the text.
    expect(text).not.toContain("<script");
    expect(text).toContain("alert(1)");
    expect(text).not.toContain("\u0001");
    expect(text).not.toContain("\u0002");
  });

  it("finds a phrase and a hyphenated word, and pages through results", async () => {
    expect(ids(await searchMinutes(member, vienneId, '"samedi matin" quetzalcoatl'))).toEqual([lastYear.minutesIds[0]]);
    const all = ok(await searchMinutes(referent, vienneId, "quetzalcoatl OR relecturium OR axolotl", { limit: 2 }));
    expect(all.total).toBe(4);
    expect(all.results).toHaveLength(2);
    const second = ok(await searchMinutes(referent, vienneId, "quetzalcoatl OR relecturium OR axolotl", { limit: 2, offset: 2 }));
    expect(second.results.map((r) => r.sectionId)).not.toEqual(expect.arrayContaining(all.results.map((r) => r.sectionId)));
  });
});
