/**
 * Organisations, persons, committees, members, meetings (agenda, attendance, minutes) from
 * the seed shapes of prisma/seed/data/types.ts. Keys of the seed data are resolved to ids
 * through a KeyMap so one prefecture's facts load in one transaction.
 */
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { documentFromText, EMPTY_DOCUMENT, type RichTextDocument } from "@/lib/rich-text";
import { sectionPlainText } from "@/lib/minutes/domain";
import { formatPersonName, parisLocalToDate } from "@/lib/format";
import type {
  SeedAgendaItem,
  SeedAsker,
  SeedCommittee,
  SeedMeeting,
  SeedOrganization,
  SeedPerson,
  SeedPresenter,
} from "@/prisma/seed/data/types";

export class KeyMap {
  private readonly ids = new Map<string, string>();
  set(kind: string, key: string, id: string) {
    this.ids.set(`${kind}:${key}`, id);
  }
  get(kind: string, key: string): string {
    const id = this.ids.get(`${kind}:${key}`);
    if (!id) throw new Error(`Unknown ${kind} key in seed data: ${key}`);
    return id;
  }
  opt(kind: string, key: string | undefined): string | null {
    return key === undefined ? null : this.get(kind, key);
  }
}

export async function createOrganizations(tx: Tx, prefectureId: string, orgs: SeedOrganization[], keys: KeyMap) {
  for (const o of orgs) {
    const row = await tx.organization.create({
      data: { prefectureId, name: o.name, shortName: o.shortName ?? null, kind: o.kind },
    });
    keys.set("org", o.key, row.id);
  }
}

export async function createPersons(tx: Tx, prefectureId: string, persons: SeedPerson[], keys: KeyMap) {
  for (const p of persons) {
    const row = await tx.person.create({
      data: {
        prefectureId,
        civility: p.civility,
        firstName: p.firstName,
        lastName: p.lastName,
        function: p.function,
        organizationId: keys.opt("org", p.organizationKey),
        email: p.email ?? null,
        phone: p.phone ?? null,
      },
    });
    keys.set("person", p.key, row.id);
  }
}

const isoDate = (d: string | undefined) => (d ? new Date(`${d}T00:00:00Z`) : null);

export async function createCommittee(tx: Tx, prefectureId: string, c: SeedCommittee, keys: KeyMap) {
  const row = await tx.committee.create({
    data: {
      prefectureId,
      kind: c.kind,
      name: c.name,
      periods: { create: (c.periods ?? []).map((p) => ({ kind: p.kind, name: p.name, startsOn: isoDate(p.since), endsOn: isoDate(p.until) })) },
    },
  });
  keys.set("committee", c.key, row.id);
  for (const m of c.members) {
    const member = await tx.member.create({
      data: {
        committeeId: row.id,
        personId: keys.opt("person", m.personKey),
        organizationId: keys.opt("org", m.organizationKey),
        seatLabel: m.seatLabel ?? null,
        college: m.college,
        mandate: m.mandate,
        startsOn: isoDate(m.since),
        endsOn: isoDate(m.until),
      },
    });
    const seatKey = m.personKey ?? m.organizationKey ?? m.seatLabel;
    if (seatKey) keys.set(`seat:${c.key}`, seatKey, member.id);
  }
  return row;
}

function presenterData(p: SeedPresenter | undefined, keys: KeyMap) {
  return { personId: keys.opt("person", p?.personKey), label: p?.label ?? null };
}

/** "15:50" on the day of a "2021-05-06T14:30" start */
function sameDay(startsAt: string, time: string | undefined) {
  return time ? parisLocalToDate(`${startsAt.slice(0, 10)}T${time}`) : null;
}

async function createAgendaItems(
  tx: Tx,
  meetingId: string,
  items: SeedAgendaItem[],
  keys: KeyMap,
  parentId: string | null,
  path: number[],
  pathToId: Map<string, string>,
) {
  for (const [index, item] of items.entries()) {
    const row = await tx.agendaItem.create({
      data: {
        meetingId,
        parentId,
        position: index,
        title: item.title,
        theme: item.theme ?? null,
        slideReference: item.slideReference ?? null,
        plannedMinutes: item.plannedMinutes ?? null,
        presenters: {
          create: (item.presenters ?? []).map((p, position) => ({ ...presenterData(p, keys), position })),
        },
      },
    });
    const itemPath = [...path, index];
    pathToId.set(itemPath.join("."), row.id);
    if (item.children?.length) {
      await createAgendaItems(tx, meetingId, item.children, keys, row.id, itemPath, pathToId);
    }
  }
}

export async function createMeeting(tx: Tx, prefectureId: string, m: SeedMeeting, keys: KeyMap) {
  const committeeId = keys.get("committee", m.committeeKey);
  const startsAt = parisLocalToDate(m.startsAt);
  const meeting = await tx.meeting.create({
    data: {
      prefectureId,
      committeeId,
      startsAt,
      hasStartTime: !m.startTimeUnknown,
      // The record gives when the meeting was closed (a fact), not a planned end.
      endsAt: null,
      closedAt: sameDay(m.startsAt, m.closedAt),
      room: m.room ?? null,
      place: m.place ?? null,
      mode: m.mode,
      chairPersonId: keys.opt("person", m.chair?.personKey),
      chairLabel: m.chair?.functionAtMeeting ?? m.chair?.label ?? null,
      status: "HELD",
      numberingStyle: m.numberingStyle,
      statusChanges: { create: [{ from: null, to: "HELD", at: startsAt }] },
    },
  });
  keys.set("meeting", m.key, meeting.id);

  const pathToId = new Map<string, string>();
  await createAgendaItems(tx, meeting.id, m.agenda, keys, null, [], pathToId);

  for (const [position, a] of m.attendance.entries()) {
    const seatKey = a.personKey ?? a.organizationKey ?? a.seatLabel;
    let memberId: string | null = null;
    try {
      memberId = seatKey && a.college ? keys.get(`seat:${m.committeeKey}`, seatKey) : null;
    } catch {
      memberId = null; // a participant who holds no seat (staff presenting, guest)
    }
    await tx.attendance.create({
      data: {
        meetingId: meeting.id,
        memberId,
        personId: keys.opt("person", a.personKey),
        organizationId: keys.opt("org", a.organizationKey),
        seatLabel: a.seatLabel ?? null,
        college: a.college,
        status: a.status,
        representedByPersonId: keys.opt("person", a.representedBy?.personKey),
        representedByLabel: a.representedBy?.label ?? null,
        functionSnapshot: a.functionAtMeeting ?? null,
        remark: a.remark ?? null,
        isChair: a.isChair ?? false,
        position,
      },
    });
  }

  if (m.minutes) await createMinutes(tx, m, meeting.id, startsAt, pathToId, keys);
  return meeting;
}

/**
 * Names as the minutes print them ("M. Thierry PREMPAIN", an organisation's name, or the
 * free label), read back from the rows just created: the keys map only holds ids.
 */
async function speakerNames(tx: Tx, m: SeedMeeting, keys: KeyMap) {
  const speakers = (m.minutes?.sections ?? []).flatMap((s) =>
    s.interventions.flatMap((i): SeedAsker[] => [i.asker, ...i.answers.map((a) => a.responder)]),
  );
  const personIds = [...new Set(speakers.flatMap((p) => (p.personKey ? [keys.get("person", p.personKey)] : [])))];
  const organizationIds = [
    ...new Set(speakers.flatMap((p) => (p.organizationKey ? [keys.get("org", p.organizationKey)] : []))),
  ];
  const persons = await tx.person.findMany({
    where: { id: { in: personIds } },
    select: { id: true, civility: true, firstName: true, lastName: true },
  });
  const organizations = await tx.organization.findMany({
    where: { id: { in: organizationIds } },
    select: { id: true, name: true },
  });
  const personName = new Map(persons.map((p) => [p.id, formatPersonName(p)]));
  const organizationName = new Map(organizations.map((o) => [o.id, o.name]));
  return (p: SeedAsker): string => {
    const person = p.personKey ? personName.get(keys.get("person", p.personKey)) : undefined;
    const organization = p.organizationKey ? organizationName.get(keys.get("org", p.organizationKey)) : undefined;
    return person ?? organization ?? p.label ?? "";
  };
}

async function createMinutes(
  tx: Tx,
  m: SeedMeeting,
  meetingId: string,
  startsAt: Date,
  pathToId: Map<string, string>,
  keys: KeyMap,
) {
  const mi = m.minutes;
  if (!mi) return null;
  const nameOf = await speakerNames(tx, m, keys);
  const json = (d: RichTextDocument) => d as unknown as Prisma.InputJsonValue;
  const issued = mi.status === "VALIDATED" || mi.status === "PUBLISHED";
  return tx.minutes.create({
    data: {
      meetingId,
      kind: mi.kind,
      status: mi.status,
      issuingService: mi.issuingService,
      contactName: mi.contact.name,
      contactRole: mi.contact.role ?? null,
      contactPhone: mi.contact.phone ?? null,
      contactEmail: mi.contact.email ?? null,
      issuedPlace: mi.issuedPlace ?? null,
      issuedOn: isoDate(mi.issuedOn),
      reference: mi.reference ?? null,
      chairText: mi.chair ?? null,
      coverLetter: mi.coverLetter !== undefined,
      coverLetterText: mi.coverLetter ?? null,
      signatoryName: mi.signatory?.name ?? null,
      signatoryTitle: mi.signatory?.title ?? null,
      signatoryDelegation: mi.signatory?.delegation ?? null,
      closedAt: sameDay(m.startsAt, mi.closingTime),
      nextSession: mi.nextSession ?? null,
      validatedAt: issued ? isoDate(mi.issuedOn) : null,
      publishedAt: mi.status === "PUBLISHED" ? isoDate(mi.issuedOn) : null,
      statusChanges: { create: [{ from: null, to: mi.status, at: isoDate(mi.issuedOn) ?? startsAt }] },
      sections: {
        create: mi.sections.map((s, position) => {
          const body = documentFromText(s.summary);
          const conclusions = s.conclusions ? documentFromText(s.conclusions) : EMPTY_DOCUMENT;
          return {
            position,
            title: s.title,
            presentation: s.presentation ?? null,
            body: json(body),
            conclusions: json(conclusions),
            plainText: sectionPlainText({
              presentation: s.presentation ?? null,
              body,
              conclusions,
              noQuestions: s.noQuestions,
              interventions: s.interventions.map((i) => ({
                asker: nameOf(i.asker),
                text: i.summary,
                answers: i.answers.map((a) => ({ responder: nameOf(a.responder), text: a.summary })),
              })),
            }),
            noQuestions: s.noQuestions ?? false,
            agendaItemId: s.agendaPath ? (pathToId.get(s.agendaPath.join(".")) ?? null) : null,
            interventions: {
              create: s.interventions.map((i, iPos) => ({
                kind: i.kind,
                askerPersonId: keys.opt("person", i.asker.personKey),
                askerOrganizationId: keys.opt("org", i.asker.organizationKey),
                askerLabel: i.asker.label ?? null,
                text: i.summary,
                position: iPos,
                answers: {
                  create: i.answers.map((ans, aPos) => ({
                    responderPersonId: keys.opt("person", ans.responder.personKey),
                    responderLabel: ans.responder.label ?? null,
                    text: ans.summary,
                    position: aPos,
                  })),
                },
              })),
            },
          };
        }),
      },
    },
  });
}
