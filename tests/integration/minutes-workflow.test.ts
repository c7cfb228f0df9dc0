// The minutes' workflow on a real database, through the actions as the pages call them:
// start pre-filled from a held meeting, save sections (lock, history, restore, hostile rich
// text), review (outbox invitations and scheduled reminders, comments), validation (frozen
// record), correction, publication, and who may read or act on what.
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { can, minutesReadScope, type Actor } from "@/lib/auth/policy";
import {
  commentMinutes,
  createMinutes,
  publishMinutes,
  resolveMinutesComment,
  restoreMinutesSection,
  saveMinutesSection,
  sendMinutesForReview,
  startMinutesCorrection,
  unpublishMinutes,
  updateMinutesHeader,
  validateMinutes,
} from "@/lib/minutes/actions";
import { FROZEN_REASON } from "@/lib/minutes/domain";
import { findMinutesDocument, listMinutesRevisions, markReviewOpened } from "@/lib/minutes/queries";
import { listReadableMinutes } from "@/lib/minutes";
import { parisDateParts } from "@/lib/format";
import { createMeeting, KeyMap } from "@/tests/factories/committees";
import { upsertUser } from "@/tests/factories/users";
import type { SeedAgendaItem, SeedAttendance } from "@/prisma/seed/data/types";
import { actorFor, testDb, withDemoData } from "./support";

const db: PrismaClient = testDb();

let vienneId: string;
let vosgesId: string;
let committeeId: string;
let referent: Actor;
let staff: Actor;
let member: Actor;
let referent88: Actor;
let otherCommitteeMember: Actor;
/** Vienne persons by last name */
const people: Record<string, string> = {};

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

let meetingCounter = 0;

/** A held Vienne meeting built with the seed factory: chair, two-level agenda with presenters, attendance. */
async function heldMeeting(options: { agenda?: SeedAgendaItem[]; attendance?: SeedAttendance[] } = {}) {
  meetingCounter += 1;
  const keys = new KeyMap();
  keys.set("committee", "c", committeeId);
  for (const id of Object.values(people)) keys.set("person", id, id);
  const seats = await db.member.findMany({ where: { committeeId, personId: { not: null } } });
  for (const s of seats) keys.set("seat:c", s.personId!, s.id);
  const agenda: SeedAgendaItem[] = options.agenda ?? [
    {
      title: "Accueil téléphonique",
      presenters: [{ personKey: people.SAUVAIRE }, { label: "les services de l'État" }],
      slideReference: "Diaporama pages 6 et 7",
      children: [{ title: "Délais de rendez-vous", presenters: [{ personKey: people.ROSE }] }],
    },
    { title: "Questions diverses" },
  ];
  const attendance: SeedAttendance[] = options.attendance ?? [
    { personKey: people.CASTELNOT, college: "STATE", status: "PRESENT", isChair: true },
    { personKey: people.PREMPAIN, college: "USERS", status: "PRESENT" },
    { personKey: people.SAUVAIRE, college: "STATE", status: "PRESENT" },
    { personKey: people.MOTTET, college: "STATE", status: "REPRESENTED", representedBy: { label: "M. Paul SUPPLÉANT" } },
  ];
  const day = String(1 + (meetingCounter % 27)).padStart(2, "0");
  const month = String(1 + Math.floor(meetingCounter / 27)).padStart(2, "0");
  const meeting = await db.$transaction((tx) =>
    createMeeting(tx, vienneId, {
      key: `workflow-${meetingCounter}`,
      committeeKey: "c",
      startsAt: `2025-${month}-${day}T14:30`,
      closedAt: "16:10",
      room: "Salle Marzellier",
      mode: "IN_PERSON",
      chair: { personKey: people.CASTELNOT, functionAtMeeting: "Préfète de la Vienne" },
      numberingStyle: "ROMAN_LETTERS",
      agenda,
      attendance,
      sources: [],
    }, keys),
  );
  return meeting.id;
}

async function startMinutes(meetingId: string) {
  const created = await createMinutes.built.execute(db, referent, { meetingId, kind: "COMPTE_RENDU" });
  if (!created.ok) throw new Error(created.error);
  return created.data.minutesId;
}

const versionOf = async (minutesId: string) => (await db.minutes.findUniqueOrThrow({ where: { id: minutesId } })).version;
const sectionsOf = (minutesId: string) => db.minutesSection.findMany({ where: { minutesId }, orderBy: { position: "asc" } });

/** A complete header (what validation needs), for the minutes' current version. */
async function header(minutesId: string, over: Record<string, unknown> = {}) {
  return {
    minutesId,
    version: await versionOf(minutesId),
    kind: "COMPTE_RENDU",
    issuingService: "Secrétariat général commun",
    contactName: "Nathalie MASSÉ",
    issuedPlace: "Poitiers",
    issuedOn: "2025-06-14",
    chairText: "Mme Chantal CASTELNOT, Préfète de la Vienne",
    signatoryName: "Chantal CASTELNOT",
    signatoryTitle: "La préfète",
    signatoryDelegation: null,
    closingTime: "16:10",
    coverLetter: false,
    ...over,
  };
}

async function validated(minutesId: string) {
  const h = await updateMinutesHeader.built.execute(db, referent, await header(minutesId));
  if (!h.ok) throw new Error(h.error);
  const v = await validateMinutes.built.execute(db, referent, { minutesId, version: await versionOf(minutesId) });
  if (!v.ok) throw new Error(v.error);
}

function sectionInput(sectionId: string, version: number, over: Record<string, unknown> = {}) {
  return {
    sectionId,
    version,
    title: "Accueil téléphonique",
    presentation: "Présentation par Mme Angélique SAUVAIRE",
    body: doc("Le taux de décroché atteint 85 %."),
    conclusions: doc("Une enquête mystère sera conduite."),
    noQuestions: false,
    interventions: [
      {
        kind: "QUESTION",
        askerPersonId: people.PREMPAIN,
        text: "Quels sont les délais pour un titre de séjour ?",
        answers: [{ responderPersonId: people.SAUVAIRE, text: "Trois semaines en moyenne." }],
      },
    ],
    ...over,
  };
}

beforeAll(async () => {
  await withDemoData(db);
  vienneId = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
  vosgesId = (await db.prefecture.findUniqueOrThrow({ where: { code: "88" } })).id;
  const prempain = await db.person.findFirstOrThrow({ where: { prefectureId: vienneId, lastName: "PREMPAIN" }, include: { seats: true } });
  committeeId = prempain.seats[0]!.committeeId;
  for (const lastName of ["CASTELNOT", "PREMPAIN", "SAUVAIRE", "ROSE", "MOTTET"]) {
    people[lastName] = (await db.person.findFirstOrThrow({ where: { prefectureId: vienneId, lastName } })).id;
  }
  referent = await actorFor(db, "referent.86@example.org");
  staff = await actorFor(db, "agent.86@example.org");
  member = await actorFor(db, "membre.86@example.org");
  referent88 = await actorFor(db, "referent.88@example.org");

  // A member of another Vienne committee.
  const other = await db.committee.create({ data: { prefectureId: vienneId, kind: "CLU", name: `Comité d'essai ${Date.now()}` } });
  const person = await db.person.create({ data: { prefectureId: vienneId, civility: "MME", firstName: "Odile", lastName: "AILLEURS", email: "odile.ailleurs@example.org" } });
  await db.member.create({ data: { committeeId: other.id, personId: person.id, college: "USERS", mandate: "TITULAIRE" } });
  await upsertUser(db, { email: "membre.ailleurs.86@example.org", name: "Odile AILLEURS", password: "mot-de-passe-essai-2026", roles: [{ role: "MEMBER", prefectureId: vienneId }], personId: person.id });
  otherCommitteeMember = await actorFor(db, "membre.ailleurs.86@example.org");
  expect(otherCommitteeMember.memberCommitteeIds).toEqual([other.id]);
  expect(member.memberCommitteeIds).toContain(committeeId);
});

describe("createMinutes", () => {
  it("pre-fills the sections from the agenda (items then sub-items), the chair and the place of issue", async () => {
    const meetingId = await heldMeeting();
    const minutesId = await startMinutes(meetingId);
    const minutes = await db.minutes.findUniqueOrThrow({ where: { id: minutesId }, include: { statusChanges: true } });
    expect(minutes).toMatchObject({ status: "DRAFT", revision: 1, issuedPlace: "Poitiers", chairText: "Mme Chantal CASTELNOT, Préfète de la Vienne" });
    expect(minutes.statusChanges).toMatchObject([{ from: null, to: "DRAFT", userId: referent.userId }]);
    const sections = await sectionsOf(minutesId);
    expect(sections.map((s) => [s.title, s.presentation])).toEqual([
      ["Accueil téléphonique", "Présentation par Mme Angélique SAUVAIRE et les services de l'État (diaporama pages 6 et 7)"],
      ["Délais de rendez-vous", "Présentation par M. Eric ROSE"],
      ["Questions diverses", null],
    ]);
    expect(sections.every((s) => s.agendaItemId !== null)).toBe(true);
    // The searchable text is there from the start.
    expect(sections[0]?.plainText).toContain("Présentation par Mme Angélique SAUVAIRE");
    expect(await db.auditLog.count({ where: { entityId: minutesId, action: "minutes.create" } })).toBe(1);
  });

  it("refuses a meeting that is not held yet", async () => {
    const meetingId = await heldMeeting();
    for (const status of ["DRAFT", "CONVENED", "CANCELLED"] as const) {
      await db.meeting.update({ where: { id: meetingId }, data: { status } });
      const result = await createMinutes.built.execute(db, referent, { meetingId, kind: "COMPTE_RENDU" });
      expect(result).toMatchObject({ ok: false, code: "INVALID", error: expect.stringContaining("une fois la séance tenue") });
    }
    expect(await db.minutes.count({ where: { meetingId } })).toBe(0);
  });

  it("refuses to start the same minutes twice", async () => {
    const meetingId = await heldMeeting();
    await startMinutes(meetingId);
    const again = await createMinutes.built.execute(db, referent, { meetingId, kind: "RELEVE_DE_CONCLUSIONS" });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("existe déjà") });
    expect(await db.minutes.count({ where: { meetingId } })).toBe(1);
  });

  it("is refused to a member and to a referent of another prefecture", async () => {
    const meetingId = await heldMeeting();
    expect(await createMinutes.built.execute(db, member, { meetingId, kind: "COMPTE_RENDU" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await createMinutes.built.execute(db, referent88, { meetingId, kind: "COMPTE_RENDU" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.minutes.count({ where: { meetingId } })).toBe(0);
  });
});

describe("saveMinutesSection", () => {
  let minutesId: string;
  let sectionId: string;

  beforeAll(async () => {
    minutesId = await startMinutes(await heldMeeting());
    sectionId = (await sectionsOf(minutesId))[0]!.id;
  });

  it("saves the rich text, the interventions and their answers, and rewrites the searchable text with the names", async () => {
    const result = await saveMinutesSection.built.execute(db, referent, sectionInput(sectionId, 1));
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    const section = await db.minutesSection.findUniqueOrThrow({ where: { id: sectionId }, include: { interventions: { include: { answers: true } } } });
    expect(section.body).toEqual(doc("Le taux de décroché atteint 85 %."));
    expect(section.updatedById).toBe(referent.userId);
    expect(section.interventions).toHaveLength(1);
    expect(section.interventions[0]).toMatchObject({ kind: "QUESTION", askerPersonId: people.PREMPAIN });
    expect(section.interventions[0]?.answers).toMatchObject([{ responderPersonId: people.SAUVAIRE, text: "Trois semaines en moyenne." }]);
    expect(section.plainText).toContain("M. Thierry PREMPAIN");
    expect(section.plainText).toContain("Quels sont les délais pour un titre de séjour ?");
    expect(section.plainText).toContain("Le taux de décroché atteint 85 %.");
    expect(section.plainText).toContain("Une enquête mystère sera conduite.");
  });

  it("refuses a save against a stale version, in French, naming who saved", async () => {
    const stale = await saveMinutesSection.built.execute(db, staff, sectionInput(sectionId, 1, { title: "Titre écrasé" }));
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    if (stale.ok) return;
    expect(stale.error).toContain(`${referent.name} a enregistré cette section le `);
    expect(stale.error).toContain("Votre texte est conservé");
    expect((await db.minutesSection.findUniqueOrThrow({ where: { id: sectionId } })).title).toBe("Accueil téléphonique");
  });

  it("keeps one history row for one author's autosaves, a new one for another author, and restores an old state as a new version", async () => {
    // The referent saved version 2 above; a second autosave moments later extends the same row.
    const second = await saveMinutesSection.built.execute(db, referent, sectionInput(sectionId, 2, { body: doc("Le taux de décroché atteint 87 %.") }));
    expect(second).toMatchObject({ ok: true, data: { version: 3 } });
    let history = await db.minutesSectionVersion.findMany({ where: { sectionId }, orderBy: { number: "asc" } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ number: 3, authorId: referent.userId, body: doc("Le taux de décroché atteint 87 %.") });

    // Another author: a second row.
    const byStaff = await saveMinutesSection.built.execute(
      db,
      staff,
      sectionInput(sectionId, 3, { title: "Accueil physique", body: doc("Tout autre chose."), interventions: [] }),
    );
    expect(byStaff).toMatchObject({ ok: true, data: { version: 4 } });
    history = await db.minutesSectionVersion.findMany({ where: { sectionId }, orderBy: { number: "asc" } });
    expect(history.map((h) => [h.number, h.authorId])).toEqual([
      [3, referent.userId],
      [4, staff.userId],
    ]);
    expect(await db.intervention.count({ where: { sectionId } })).toBe(0);

    // Restore the referent's state: title, body and interventions come back, as version 5.
    const restored = await restoreMinutesSection.built.execute(db, referent, { sectionId, versionId: history[0]!.id, version: 4 });
    expect(restored).toMatchObject({ ok: true, data: { version: 5 } });
    const section = await db.minutesSection.findUniqueOrThrow({ where: { id: sectionId }, include: { interventions: { include: { answers: true } } } });
    expect(section).toMatchObject({ version: 5, title: "Accueil téléphonique", body: doc("Le taux de décroché atteint 87 %.") });
    expect(section.interventions).toMatchObject([{ askerPersonId: people.PREMPAIN, text: "Quels sont les délais pour un titre de séjour ?" }]);
    expect(section.interventions[0]?.answers).toMatchObject([{ responderPersonId: people.SAUVAIRE }]);
    expect(section.plainText).toContain("M. Thierry PREMPAIN");
    history = await db.minutesSectionVersion.findMany({ where: { sectionId }, orderBy: { number: "asc" } });
    expect(history.map((h) => h.number)).toEqual([3, 4, 5]);
  });

  it("refuses a javascript: link and an image, in French, and saves nothing", async () => {
    const version = (await db.minutesSection.findUniqueOrThrow({ where: { id: sectionId } })).version;
    const link = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "cliquez", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] };
    const withLink = await saveMinutesSection.built.execute(db, referent, sectionInput(sectionId, version, { body: link }));
    expect(withLink).toMatchObject({ ok: false, code: "INVALID" });
    if (!withLink.ok) expect(Object.values(withLink.fieldErrors ?? {}).flat()).toContain("Un lien doit commencer par https://, http:// ou mailto: (sans espace).");

    const image = { type: "doc", content: [{ type: "image", attrs: { src: "https://example.org/x.png" } }] };
    const withImage = await saveMinutesSection.built.execute(db, referent, sectionInput(sectionId, version, { conclusions: image }));
    expect(withImage).toMatchObject({ ok: false, code: "INVALID" });
    if (!withImage.ok) expect(Object.values(withImage.fieldErrors ?? {}).flat().join(" ")).toContain("Ce texte contient un élément non permis");
    expect((await db.minutesSection.findUniqueOrThrow({ where: { id: sectionId } })).version).toBe(version);
  });

  it("refuses a person of another prefecture as asker or responder", async () => {
    const version = (await db.minutesSection.findUniqueOrThrow({ where: { id: sectionId } })).version;
    const stranger = await db.person.findFirstOrThrow({ where: { prefectureId: vosgesId } });
    const asker = await saveMinutesSection.built.execute(db, referent, sectionInput(sectionId, version, {
      interventions: [{ kind: "QUESTION", askerPersonId: stranger.id, text: "Question ?", answers: [] }],
    }));
    expect(asker).toMatchObject({ ok: false, code: "INVALID", error: "Une personne choisie n'est pas enregistrée dans la préfecture." });
    const responder = await saveMinutesSection.built.execute(db, referent, sectionInput(sectionId, version, {
      interventions: [{ kind: "QUESTION", askerLabel: "Un usager", text: "Question ?", answers: [{ responderPersonId: stranger.id, text: "Réponse." }] }],
    }));
    expect(responder).toMatchObject({ ok: false, code: "INVALID", error: "Une personne choisie n'est pas enregistrée dans la préfecture." });
    const section = await db.minutesSection.findUniqueOrThrow({ where: { id: sectionId }, include: { interventions: true } });
    expect(section.version).toBe(version);
    expect(section.interventions.map((i) => i.askerPersonId)).toEqual([people.PREMPAIN]);
  });
});

describe("review", () => {
  let meetingId: string;
  let minutesId: string;

  beforeAll(async () => {
    const noEmail = await db.person.create({ data: { prefectureId: vienneId, civility: "M", firstName: "Jean", lastName: "SANSADRESSE" } });
    meetingId = await heldMeeting({
      attendance: [
        { personKey: people.CASTELNOT, college: "STATE", status: "PRESENT", isChair: true },
        { personKey: people.PREMPAIN, college: "USERS", status: "PRESENT" },
        { personKey: people.SAUVAIRE, college: "STATE", status: "PRESENT" },
        { personKey: people.MOTTET, college: "STATE", status: "REPRESENTED", representedBy: { label: "M. Paul SUPPLÉANT" } },
      ],
    });
    await db.attendance.create({ data: { meetingId, personId: noEmail.id, college: "USERS", status: "PRESENT", position: 50 } });
    minutesId = await startMinutes(meetingId);
  });

  it("refuses a deadline in the past, next to the field", async () => {
    const result = await sendMinutesForReview.built.execute(db, referent, { minutesId, version: await versionOf(minutesId), deadline: "2020-01-15" });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { deadline: ["La date limite de relecture doit être dans le futur."] } });
    expect((await db.minutes.findUniqueOrThrow({ where: { id: minutesId } })).status).toBe("DRAFT");
    expect(await db.minutesReviewRecipient.count({ where: { minutesId } })).toBe(0);
  });

  it("is refused to staff and members (validation is the referent's)", async () => {
    const input = { minutesId, version: await versionOf(minutesId), deadline: parisDateParts(new Date(Date.now() + 14 * 86_400_000)).date };
    expect(await sendMinutesForReview.built.execute(db, staff, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await sendMinutesForReview.built.execute(db, member, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("sends one invitation per participant with an e-mail, through the outbox, and schedules the reminders", async () => {
    const deadline = parisDateParts(new Date(Date.now() + 14 * 86_400_000)).date;
    const before = Date.now();
    const sent = await sendMinutesForReview.built.execute(db, referent, { minutesId, version: await versionOf(minutesId), deadline, message: "Merci de vos retours." });
    expect(sent).toMatchObject({ ok: true });
    if (!sent.ok) return;
    const minutes = await db.minutes.findUniqueOrThrow({ where: { id: minutesId }, include: { statusChanges: { orderBy: { at: "asc" } } } });
    expect(minutes.status).toBe("IN_REVIEW");
    expect(minutes.statusChanges.at(-1)).toMatchObject({ from: "DRAFT", to: "IN_REVIEW", userId: referent.userId });

    const participants = await db.attendance.findMany({ where: { meetingId, personId: { not: null } }, include: { person: true } });
    const emails = [...new Set(participants.flatMap((a) => (a.person?.email ? [a.person.email.toLowerCase()] : [])))].sort();
    expect(emails).toEqual(["agnes.mottet@example.org", "angelique.sauvaire@example.org", "chantal.castelnot@example.org", "thierry.prempain@example.org"]);
    const recipients = await db.minutesReviewRecipient.findMany({ where: { minutesId }, include: { invitationMessage: true, reminderMessage: true } });
    expect(recipients.map((r) => r.email).sort()).toEqual(emails);
    expect(sent.data.recipients).toBe(emails.length);
    for (const r of recipients) {
      expect(r.openedAt).toBeNull();
      expect(r.invitationMessage).toMatchObject({ sentAt: null, sendAfter: null, prefectureId: vienneId });
      expect(r.invitationMessage?.to).toContain(r.email);
      expect(r.invitationMessage?.subject).toMatch(/^Relecture du compte rendu/);
      expect(r.invitationMessage?.text).toContain("Merci de vos retours.");
      expect(r.invitationMessage?.text).toContain(`/86/seances/${meetingId}/compte-rendu`);
      // The reminder waits for its time: not sent, due in the future, two days before the deadline.
      expect(r.reminderMessage?.sentAt).toBeNull();
      expect(r.reminderMessage?.subject).toMatch(/^Rappel — relecture/);
      expect(r.reminderMessage?.sendAfter?.getTime()).toBeGreaterThan(before);
      expect(r.reminderMessage?.sendAfter?.getTime()).toBeLessThan(minutes.reviewDeadline!.getTime());
    }
    // Exactly one invitation per recipient in the outbox.
    const outbox = await db.outboxMessage.findMany({ where: { id: { in: recipients.flatMap((r) => [r.invitationMessageId!, r.reminderMessageId!]) } } });
    expect(outbox).toHaveLength(recipients.length * 2);
    expect(minutes.reviewDeadline!.getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
  });

  it("lets a member of the committee read and comment, but not validate nor edit", async () => {
    const resource = { kind: "minutes", prefectureId: vienneId, committeeId, status: "IN_REVIEW" } as const;
    expect(can(member, "minutes.read", resource)).toBe(true);
    expect((await listMinutesRevisions(member, vienneId, meetingId)).map((r) => r.id)).toEqual([minutesId]);
    const section = (await sectionsOf(minutesId))[0]!;
    const comment = await commentMinutes.built.execute(db, member, { minutesId, sectionId: section.id, body: "Il manque le nom de l'association." });
    expect(comment).toMatchObject({ ok: true });
    expect(await validateMinutes.built.execute(db, member, { minutesId, version: await versionOf(minutesId) })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveMinutesSection.built.execute(db, member, sectionInput(section.id, section.version))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await updateMinutesHeader.built.execute(db, member, await header(minutesId))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db.minutesSection.findUniqueOrThrow({ where: { id: section.id } })).version).toBe(section.version);
  });

  it("cancels the member's reminder once they opened the draft (and only theirs)", async () => {
    await markReviewOpened(minutesId, member);
    const recipients = await db.minutesReviewRecipient.findMany({ where: { minutesId }, include: { reminderMessage: true } });
    const own = recipients.find((r) => r.email === "thierry.prempain@example.org")!;
    expect(own.openedAt).not.toBeNull();
    expect(own.reminderMessage?.sentAt).toBeNull();
    expect(own.reminderMessage?.error).toMatch(/^Annulé : /);
    for (const r of recipients.filter((x) => x.id !== own.id)) {
      expect(r.openedAt).toBeNull();
      expect(r.reminderMessage?.error).toBeNull();
    }
    // Opening twice changes nothing.
    const openedAt = own.openedAt;
    await markReviewOpened(minutesId, member);
    expect((await db.minutesReviewRecipient.findUniqueOrThrow({ where: { id: own.id } })).openedAt).toEqual(openedAt);
  });

  it("lets the referent resolve a comment, once; a member may not", async () => {
    const comment = await db.minutesComment.findFirstOrThrow({ where: { minutesId } });
    expect(await resolveMinutesComment.built.execute(db, member, { commentId: comment.id, resolution: "vu" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const resolved = await resolveMinutesComment.built.execute(db, referent, { commentId: comment.id, resolution: "Intégré." });
    expect(resolved).toMatchObject({ ok: true });
    expect(await db.minutesComment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({ resolvedById: referent.userId, resolution: "Intégré.", resolvedAt: expect.any(Date) });
    expect(await resolveMinutesComment.built.execute(db, referent, { commentId: comment.id, resolution: "encore" })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("ends the review at validation: the reminders still waiting are called off", async () => {
    const v = await updateMinutesHeader.built.execute(db, referent, await header(minutesId));
    expect(v).toMatchObject({ ok: true });
    expect(await validateMinutes.built.execute(db, referent, { minutesId, version: await versionOf(minutesId) })).toMatchObject({ ok: true });
    const pending = await db.minutesReviewRecipient.findMany({ where: { minutesId, openedAt: null }, include: { reminderMessage: true } });
    expect(pending.length).toBeGreaterThan(0);
    for (const r of pending) expect(r.reminderMessage?.error ?? "").toMatch(/^Annulé : /);
  });

  it("refuses comments from a member of another committee and from another prefecture", async () => {
    expect(await commentMinutes.built.execute(db, otherCommitteeMember, { minutesId, body: "Intrusion." })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await commentMinutes.built.execute(db, referent88, { minutesId, body: "Intrusion." })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.minutesComment.count({ where: { minutesId, body: "Intrusion." } })).toBe(0);
  });
});

describe("validation, frozen record and correction", () => {
  let meetingId: string;
  let minutesId: string;

  beforeAll(async () => {
    meetingId = await heldMeeting();
    minutesId = await startMinutes(meetingId);
    const section = (await sectionsOf(minutesId))[0]!;
    const saved = await saveMinutesSection.built.execute(db, referent, sectionInput(section.id, section.version));
    if (!saved.ok) throw new Error(saved.error);
  });

  it("refuses to validate without signatory and date of issue, naming the fields", async () => {
    const cleared = await updateMinutesHeader.built.execute(db, referent, await header(minutesId, { signatoryName: null, signatoryTitle: null, issuedOn: null }));
    expect(cleared).toMatchObject({ ok: true });
    const result = await validateMinutes.built.execute(db, referent, { minutesId, version: await versionOf(minutesId) });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { signatoryName: [expect.any(String)], signatoryTitle: [expect.any(String)], issuedOn: ["Indiquez la date d'émission."] } });
    if (!result.ok) expect(result.error).toMatch(/^Avant de valider : /);
    expect((await db.minutes.findUniqueOrThrow({ where: { id: minutesId } })).status).toBe("DRAFT");
  });

  it("validates: status, date, a frozen envelope, a status change", async () => {
    const live = await findMinutesDocument(vienneId, minutesId);
    await validated(minutesId);
    const minutes = await db.minutes.findUniqueOrThrow({ where: { id: minutesId }, include: { statusChanges: { orderBy: { at: "asc" } } } });
    expect(minutes.status).toBe("VALIDATED");
    expect(minutes.validatedAt).not.toBeNull();
    expect(minutes.frozenDocument).toMatchObject({ title: live?.title, issuedLine: "Poitiers, le 14 juin 2025", signatory: { delegation: null, title: "La préfète", name: "Chantal CASTELNOT" } });
    expect(minutes.statusChanges.at(-1)).toMatchObject({ from: "DRAFT", to: "VALIDATED", userId: referent.userId });
  });

  it("lets nobody edit the validated version in place", async () => {
    const section = (await sectionsOf(minutesId))[0]!;
    for (const actor of [referent, staff]) {
      const save = await saveMinutesSection.built.execute(db, actor, sectionInput(section.id, section.version, { title: "Réécrit" }));
      expect(save).toEqual({ ok: false, code: "INVALID", error: FROZEN_REASON });
      const head = await updateMinutesHeader.built.execute(db, actor, await header(minutesId, { signatoryName: "Quelqu'un d'autre" }));
      expect(head).toEqual({ ok: false, code: "INVALID", error: FROZEN_REASON });
    }
    const history = await db.minutesSectionVersion.findFirstOrThrow({ where: { sectionId: section.id } });
    expect(await restoreMinutesSection.built.execute(db, referent, { sectionId: section.id, versionId: history.id, version: section.version })).toEqual({ ok: false, code: "INVALID", error: FROZEN_REASON });
    expect(await validateMinutes.built.execute(db, referent, { minutesId, version: await versionOf(minutesId) })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await db.minutesSection.findUniqueOrThrow({ where: { id: section.id } })).toMatchObject({ title: "Accueil téléphonique", version: section.version });
    expect((await db.minutes.findUniqueOrThrow({ where: { id: minutesId } })).signatoryName).toBe("Chantal CASTELNOT");
  });

  it("keeps the validated document when the meeting's attendance, room or agenda change afterwards", async () => {
    const before = await findMinutesDocument(vienneId, minutesId);
    expect(before?.attendance.flatMap((g) => g.colleges.flatMap((c) => c.lines.map((l) => l.name)))).toContain("M. Thierry PREMPAIN");
    await db.attendance.updateMany({ where: { meetingId, personId: people.PREMPAIN }, data: { status: "ABSENT" } });
    await db.attendance.create({ data: { meetingId, personId: people.ROSE, college: "STATE", status: "PRESENT", position: 99 } });
    await db.meeting.update({ where: { id: meetingId }, data: { room: "Grand Salon" } });
    await db.agendaItem.updateMany({ where: { meetingId, title: "Questions diverses" }, data: { title: "Points divers" } });
    // The agenda reordered: "Questions diverses" first.
    await db.agendaItem.updateMany({ where: { meetingId, title: "Accueil téléphonique" }, data: { position: 5 } });
    const after = await findMinutesDocument(vienneId, minutesId);
    expect(after?.attendance).toEqual(before?.attendance);
    expect(after?.meeting).toEqual(before?.meeting);
    expect(after?.agenda).toEqual(before?.agenda);
    expect(after).toEqual(before);
  });

  it("starts a correction as revision 2 (DRAFT) copied from revision 1, which stays as it was", async () => {
    const rev1Before = await db.minutes.findUniqueOrThrow({ where: { id: minutesId }, include: { sections: { orderBy: { position: "asc" }, include: { interventions: { include: { answers: true } } } } } });
    const docBefore = await findMinutesDocument(vienneId, minutesId);
    expect(await startMinutesCorrection.built.execute(db, staff, { minutesId, note: "Nom rectifié." })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const started = await startMinutesCorrection.built.execute(db, referent, { minutesId, note: "Nom d'un participant rectifié." });
    expect(started).toMatchObject({ ok: true, data: { revision: 2 } });
    if (!started.ok) return;
    const rev2 = await db.minutes.findUniqueOrThrow({ where: { id: started.data.minutesId }, include: { sections: { orderBy: { position: "asc" }, include: { interventions: { include: { answers: true } } } } } });
    expect(rev2).toMatchObject({ meetingId, revision: 2, status: "DRAFT", correctionNote: "Nom d'un participant rectifié.", frozenDocument: null, validatedAt: null, signatoryName: "Chantal CASTELNOT" });
    const shape = (s: (typeof rev2.sections)[number]) => ({
      title: s.title,
      presentation: s.presentation,
      body: s.body,
      conclusions: s.conclusions,
      plainText: s.plainText,
      agendaItemId: s.agendaItemId,
      interventions: s.interventions.map((i) => ({ kind: i.kind, askerPersonId: i.askerPersonId, text: i.text, answers: i.answers.map((a) => [a.responderPersonId, a.text]) })),
    });
    expect(rev2.sections.map(shape)).toEqual(rev1Before.sections.map(shape));
    expect(rev2.sections.map((s) => s.id)).not.toEqual(rev1Before.sections.map((s) => s.id));

    // Editing the correction leaves revision 1 alone.
    const s2 = rev2.sections[0]!;
    expect(await saveMinutesSection.built.execute(db, referent, sectionInput(s2.id, s2.version, { title: "Accueil téléphonique (corrigé)" }))).toMatchObject({ ok: true });
    const rev1After = await db.minutes.findUniqueOrThrow({ where: { id: minutesId }, include: { sections: { orderBy: { position: "asc" }, include: { interventions: { include: { answers: true } } } } } });
    expect(rev1After.status).toBe("VALIDATED");
    expect(rev1After.version).toBe(rev1Before.version);
    expect(rev1After.sections.map(shape)).toEqual(rev1Before.sections.map(shape));
    expect(await findMinutesDocument(vienneId, minutesId)).toEqual(docBefore);
    // Only from the latest revision.
    expect(await startMinutesCorrection.built.execute(db, referent, { minutesId, note: "Encore." })).toMatchObject({ ok: false, code: "INVALID", error: "Une version plus récente existe déjà." });
    const doc2 = await findMinutesDocument(vienneId, started.data.minutesId);
    expect(doc2?.correction?.line).toContain("Nom d'un participant rectifié.");
  });
});

describe("publication", () => {
  let minutesId: string;

  beforeAll(async () => {
    minutesId = await startMinutes(await heldMeeting());
  });

  it("publishes validated minutes only, and never for staff", async () => {
    expect(await publishMinutes.built.execute(db, referent, { minutesId, version: await versionOf(minutesId) })).toMatchObject({ ok: false, code: "INVALID", error: "Seul un compte rendu validé peut être publié." });
    await validated(minutesId);
    expect(await publishMinutes.built.execute(db, staff, { minutesId, version: await versionOf(minutesId) })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await publishMinutes.built.execute(db, referent88, { minutesId, version: await versionOf(minutesId) })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const published = await publishMinutes.built.execute(db, referent, { minutesId, version: await versionOf(minutesId) });
    expect(published).toMatchObject({ ok: true, data: { status: "PUBLISHED" } });
    const minutes = await db.minutes.findUniqueOrThrow({ where: { id: minutesId } });
    expect(minutes.status).toBe("PUBLISHED");
    expect(minutes.publishedAt).not.toBeNull();
  });

  it("unpublishes only with a reason, recorded with who did it", async () => {
    const version = await versionOf(minutesId);
    expect(await unpublishMinutes.built.execute(db, staff, { minutesId, version, reason: "Erreur." })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const noReason = await unpublishMinutes.built.execute(db, referent, { minutesId, version, reason: "" });
    expect(noReason).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { reason: [expect.stringContaining("Indiquez")] } });
    const blank = await unpublishMinutes.built.execute(db, referent, { minutesId, version, reason: "   " });
    expect(blank).toMatchObject({ ok: false, code: "INVALID" });
    expect((await db.minutes.findUniqueOrThrow({ where: { id: minutesId } })).status).toBe("PUBLISHED");
    const done = await unpublishMinutes.built.execute(db, referent, { minutesId, version, reason: "Nom d'un usager cité par erreur." });
    expect(done).toMatchObject({ ok: true, data: { status: "VALIDATED" } });
    const minutes = await db.minutes.findUniqueOrThrow({ where: { id: minutesId }, include: { statusChanges: { orderBy: { at: "asc" } } } });
    expect(minutes).toMatchObject({ status: "VALIDATED", publishedAt: null });
    expect(minutes.statusChanges.at(-1)).toMatchObject({ from: "PUBLISHED", to: "VALIDATED", reason: "Nom d'un usager cité par erreur.", userId: referent.userId });
  });
});

describe("who reads what", () => {
  let demoDraft: { id: string; meetingId: string };
  let demoPublished: { id: string; meetingId: string };

  beforeAll(async () => {
    const minutes = await db.minutes.findMany({ where: { meeting: { prefectureId: vienneId, startsAt: { lt: new Date("2024-01-01") } } }, include: { meeting: true }, orderBy: { meeting: { startsAt: "asc" } } });
    const published = minutes.find((m) => m.status === "PUBLISHED");
    const draft = minutes.find((m) => m.status === "DRAFT");
    if (!published || !draft) throw new Error("demo minutes of the Vienne missing");
    demoPublished = { id: published.id, meetingId: published.meetingId };
    demoDraft = { id: draft.id, meetingId: draft.meetingId };
  });

  it("a member never reads a draft, by the policy, the scope or the queries", async () => {
    expect(can(member, "minutes.read", { kind: "minutes", prefectureId: vienneId, committeeId, status: "DRAFT" })).toBe(false);
    expect(can(referent, "minutes.read", { kind: "minutes", prefectureId: vienneId, committeeId, status: "DRAFT" })).toBe(true);
    expect(minutesReadScope(member, vienneId)).toEqual({ committees: member.memberCommitteeIds, statuses: ["IN_REVIEW", "VALIDATED", "PUBLISHED"] });
    expect(await listMinutesRevisions(member, vienneId, demoDraft.meetingId)).toEqual([]);
    expect((await listMinutesRevisions(referent, vienneId, demoDraft.meetingId)).map((r) => r.id)).toEqual([demoDraft.id]);
    const readable = (await listReadableMinutes(member, vienneId)).map((m) => m.id);
    expect(readable).toContain(demoPublished.id);
    expect(readable).not.toContain(demoDraft.id);
    // A fresh draft too.
    const meetingId = await heldMeeting();
    await startMinutes(meetingId);
    expect(await listMinutesRevisions(member, vienneId, meetingId)).toEqual([]);
    const minutesId = (await db.minutes.findFirstOrThrow({ where: { meetingId } })).id;
    expect(await commentMinutes.built.execute(db, member, { minutesId, body: "Je lis le brouillon." })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("a member of another committee reads nothing of this one", async () => {
    expect(can(otherCommitteeMember, "minutes.read", { kind: "minutes", prefectureId: vienneId, committeeId, status: "PUBLISHED" })).toBe(false);
    expect(await listMinutesRevisions(otherCommitteeMember, vienneId, demoPublished.meetingId)).toEqual([]);
    expect(await listReadableMinutes(otherCommitteeMember, vienneId)).toEqual([]);
  });

  it("another prefecture's referent reads nothing and may act on nothing", async () => {
    expect(minutesReadScope(referent88, vienneId)).toBeNull();
    expect(can(referent88, "minutes.read", { kind: "minutes", prefectureId: vienneId, committeeId, status: "PUBLISHED" })).toBe(false);
    expect(await listMinutesRevisions(referent88, vienneId, demoPublished.meetingId)).toEqual([]);
    expect(await listReadableMinutes(referent88, vienneId)).toEqual([]);
    // Scoped by prefecture in the query itself: asking under the Vosges finds nothing.
    expect(await findMinutesDocument(vosgesId, demoPublished.id)).toBeNull();

    const section = (await sectionsOf(demoDraft.id))[0]!;
    const draftVersion = await versionOf(demoDraft.id);
    const attempts = [
      await saveMinutesSection.built.execute(db, referent88, sectionInput(section.id, section.version)),
      await updateMinutesHeader.built.execute(db, referent88, await header(demoDraft.id)),
      await validateMinutes.built.execute(db, referent88, { minutesId: demoDraft.id, version: draftVersion }),
      await sendMinutesForReview.built.execute(db, referent88, { minutesId: demoDraft.id, version: draftVersion, deadline: "2099-01-01" }),
      await unpublishMinutes.built.execute(db, referent88, { minutesId: demoPublished.id, version: await versionOf(demoPublished.id), reason: "Intrusion." }),
      await startMinutesCorrection.built.execute(db, referent88, { minutesId: demoPublished.id, note: "Intrusion." }),
    ];
    for (const attempt of attempts) expect(attempt).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.minutes.findUniqueOrThrow({ where: { id: demoDraft.id } })).toMatchObject({ status: "DRAFT", version: draftVersion });
    expect((await db.minutes.findUniqueOrThrow({ where: { id: demoPublished.id } })).status).toBe("PUBLISHED");
  });

  it("titles a document with the committee's name on the meeting's day", async () => {
    // The Vienne committee was the "Comité local des usagers de la Vienne" until 23 January 2023.
    const document = await findMinutesDocument(vienneId, demoPublished.id);
    expect(document?.title).toBe("Compte rendu du comité local des usagers de la Vienne du jeudi 6 mai 2021 à 14h30");
  });
});
