/**
 * Builds the MinutesDocument (the one structure every rendering uses) from the database: the
 * minutes row and its sections, and — until validation — the meeting's live facts (attendance,
 * agenda, chair, documents). From validation on, the envelope is read from `frozenDocument`
 * (written by `validate`), with the sections, which are frozen too, read from their rows.
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { formatPersonName, formatLongDate, formatTime } from "@/lib/format";
import { readDocument } from "@/lib/rich-text";
import { currentOf, dayOf } from "@/lib/periods";
import { buildAgendaTree, numberAgenda, chairLine } from "@/lib/meetings/domain";
import { MEETING_MODE_PHRASES } from "@/lib/meetings/vocabulary";
import {
  attendanceGroups,
  closingLine,
  correctionLine,
  issuedLine,
  minutesTitle,
  presentationLine,
  signatureBlock,
  type MinutesAgendaEntry,
  type MinutesDocument,
  type MinutesFollowUp,
  type MinutesSectionModel,
} from "./domain";
import { followUpOfMeeting } from "@/lib/follow-up/queries";
import { INTERVENTION_KIND_LABELS } from "./vocabulary";
import { askerName } from "./domain/asker";

export { askerName };

type Db = PrismaClient | Tx;

const personSelect = { civility: true, firstName: true, lastName: true, function: true } as const;
type PersonName = { civility: "M" | "MME" | null; firstName: string | null; lastName: string; function?: string | null };

/** "Mme Angélique SAUVAIRE, cheffe de bureau" */
export function personWithFunction(p: PersonName | null, label: string | null, withFunction = true): string {
  if (!p) return label?.trim() || "";
  const name = formatPersonName(p);
  return withFunction && p.function ? `${name}, ${p.function}` : name;
}

function includeForDocument() {
  return {
    sections: {
      orderBy: { position: "asc" as const },
      include: {
        agendaItem: { select: { id: true } },
        interventions: {
          orderBy: { position: "asc" as const },
          include: {
            askerPerson: { select: { ...personSelect, organization: { select: { name: true } } } },
            askerOrganization: { select: { name: true } },
            answers: { orderBy: { position: "asc" as const }, include: { responderPerson: { select: personSelect } } },
          },
        },
      },
    },
    meeting: {
      include: {
        prefecture: true,
        committee: { select: { kind: true, name: true, periods: { select: { kind: true, name: true, startsOn: true, endsOn: true } } } },
        chairPerson: { select: personSelect },
        agendaItems: { orderBy: { position: "asc" as const }, include: { presenters: { orderBy: { position: "asc" as const }, include: { person: { select: personSelect } } } } },
        attendances: {
          orderBy: { position: "asc" as const },
          include: {
            person: { select: { ...personSelect, organization: { select: { name: true } } } },
            organization: { select: { name: true } },
            representedByPerson: { select: personSelect },
          },
        },
        documents: { where: { deletedAt: null }, orderBy: { createdAt: "asc" as const }, select: { title: true, kind: true } },
      },
    },
  };
}

/** Numbers of the agenda items by id ("II – a)"), as the meeting numbers them. */
function agendaNumbers(meeting: { numberingStyle: "ROMAN_LETTERS" | "POINTS" | "DECIMAL"; agendaItems: { id: string; parentId: string | null; position: number; title: string; plannedMinutes: number | null }[] }) {
  const numbered = numberAgenda(buildAgendaTree(meeting.agendaItems), meeting.numberingStyle);
  const byId = new Map<string, { number: string; depth: 1 | 2; parentNumber: string | null }>();
  type N = (typeof numbered)[number];
  const entries: MinutesAgendaEntry[] = [];
  const walk = (items: N[], parentNumber: string | null, depth: 1 | 2, into: MinutesAgendaEntry[]) => {
    for (const item of items) {
      byId.set(item.id, { number: item.number, depth, parentNumber });
      const entry: MinutesAgendaEntry = { number: item.number, title: item.title, children: [] };
      into.push(entry);
      walk(item.children as N[], item.number, 2, entry.children);
    }
  };
  walk(numbered, null, 1, entries);
  return { byId, entries };
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadMinutesRow>>>;

async function loadMinutesRow(db: Db, prefectureId: string, minutesId: string) {
  return db.minutes.findFirst({ where: { id: minutesId, meeting: { prefectureId } }, include: includeForDocument() });
}

function buildSections(row: Loaded, places: SectionPlaces): MinutesSectionModel[] {
  return row.sections.map((s) => {
    const place = places[s.id];
    return {
      id: s.id,
      // A sub-item keeps its own number ("a)") under its item's section, as the seeds print it.
      number: place?.number ?? null,
      title: s.title,
      depth: place?.depth ?? 1,
      presentation: s.presentation,
      body: readDocument(s.body),
      conclusions: readDocument(s.conclusions),
      noQuestions: s.noQuestions,
      interventions: s.interventions.map((i) => ({
        id: i.id,
        kind: i.kind,
        kindLabel: INTERVENTION_KIND_LABELS[i.kind],
        asker: askerName(i),
        text: i.text,
        answers: i.answers.map((a) => ({ responder: personWithFunction(a.responderPerson, a.responderLabel), text: a.text })),
      })),
    };
  });
}

/** The live envelope (everything but the sections), from the meeting as it is now. */
/** The committee as it was called on the meeting's day (CommitteePeriod), not as it is called now. */
function committeeOnMeetingDay(m: Loaded["meeting"]) {
  const period = currentOf(m.committee.periods, dayOf(m.startsAt));
  return { kind: period?.kind ?? m.committee.kind, name: period?.name ?? m.committee.name };
}

/** Numbers and depths of the sections, frozen with the envelope (a later agenda change must not renumber a validated record). */
type SectionPlaces = Record<string, { number: string | null; depth: 1 | 2 }>;

function buildEnvelope(row: Loaded): Omit<MinutesDocument, "sections" | "status" | "minutesId" | "revision" | "followUp"> & { sectionPlaces: SectionPlaces } {
  const m = row.meeting;
  const committee = committeeOnMeetingDay(m);
  const numbers = agendaNumbers(m).byId;
  const sectionPlaces: SectionPlaces = Object.fromEntries(
    row.sections.map((s) => {
      const agenda = s.agendaItemId ? numbers.get(s.agendaItemId) : undefined;
      return [s.id, { number: agenda?.number || null, depth: agenda?.depth ?? 1 }];
    }),
  );
  const { entries } = agendaNumbers(m);
  const placeParts = [m.room, m.place].filter(Boolean).join(", ");
  const placeLine = m.mode === "IN_PERSON" ? placeParts || null : [placeParts || null, MEETING_MODE_PHRASES[m.mode]].filter(Boolean).join(", ");
  const signatory = signatureBlock(row.signatoryName, row.signatoryTitle, row.signatoryDelegation);
  return {
    meetingId: m.id,
    kind: row.kind,
    title: minutesTitle(row.kind, committee, m.startsAt, m.hasStartTime),
    prefecture: { code: m.prefecture.code, name: m.prefecture.name, stateHeader: m.prefecture.stateHeader, seatCity: m.prefecture.seatCity },
    committee,
    sectionPlaces,
    issuingService: row.issuingService,
    contact: row.contactName ? { name: row.contactName, role: row.contactRole, phone: row.contactPhone, email: row.contactEmail } : null,
    issuedLine: issuedLine(row.issuedPlace, row.issuedOn),
    issuedOn: row.issuedOn ? row.issuedOn.toISOString().slice(0, 10) : null,
    reference: row.reference,
    meeting: {
      startsAt: m.startsAt.toISOString(),
      hasStartTime: m.hasStartTime,
      dateLine: m.hasStartTime ? `${formatLongDate(m.startsAt)} à ${formatTime(m.startsAt)}` : formatLongDate(m.startsAt),
      placeLine,
    },
    chair: row.chairText ?? chairLine(m.chairPerson, m.chairLabel),
    attendance: attendanceGroups(
      m.attendances.map((a) => ({
        name: a.person ? formatPersonName(a.person) : (a.seatLabel ?? a.organization?.name ?? ""),
        function: a.functionSnapshot ?? a.person?.function ?? (a.person ? null : a.organization && a.seatLabel ? a.seatLabel : null),
        organization: a.organizationSnapshot ?? a.person?.organization?.name ?? (a.person ? null : a.seatLabel ? (a.organization?.name ?? null) : null),
        college: a.college,
        status: a.status,
        representedBy: a.representedByPerson ? formatPersonName(a.representedByPerson) : a.representedByLabel,
        remark: a.remark,
        isChair: a.isChair,
      })),
    ),
    agenda: entries,
    closing: {
      closingLine: closingLine(row.closedAt ?? m.closedAt),
      closingText: row.closingText,
      nextSession: row.nextSession ? (/[.!]$/.test(row.nextSession) ? row.nextSession : `${row.nextSession.charAt(0).toUpperCase()}${row.nextSession.slice(1)}.`) : null,
    },
    signatory,
    annexes: m.documents.filter((d) => d.kind !== "CONVOCATION" && d.kind !== "MINUTES_EXPORT").map((d) => d.title),
    coverLetter: row.coverLetter && row.coverLetterText ? { text: row.coverLetterText } : null,
    correction: (() => {
      const line = correctionLine(row.revision, row.createdAt, row.correctionNote);
      return line ? { line } : null;
    })(),
  };
}

/**
 * The "Suivi du plan d'actions" as the record prints it: only when the agenda has that item,
 * placed in the item's section. The window ends at the meeting's start, so it reads the same
 * now and at validation (lib/follow-up).
 */
async function followUpFor(row: Loaded): Promise<MinutesFollowUp | null> {
  const item = row.meeting.agendaItems.find((i) => i.isActionPlanReview);
  if (!item) return null;
  const followUp = await followUpOfMeeting(row.meeting.prefecture.code, row.meeting.prefectureId, row.meetingId, "record");
  if (!followUp) return null;
  return {
    sectionId: row.sections.find((s) => s.agendaItemId === item.id)?.id ?? null,
    windowText: followUp.windowText,
    groups: followUp.groups.map((g) => ({
      label: g.label,
      actions: g.actions.map((a) => ({
        title: a.title,
        detail: [a.owner ? `Pilote : ${a.owner}` : null, a.statusText, a.dueText].filter(Boolean).join(". ") + ".",
        note: a.result ? `Résultat : ${a.result}` : a.lastNote ? `Dernier point, ${a.lastNote}` : null,
      })),
    })),
    openQuestions: followUp.openQuestions.map((q) => ({ lead: q.text, text: q.body })),
  };
}

/** The envelope to freeze at validation (stored in Minutes.frozenDocument). */
export async function envelopeToFreeze(db: Db, prefectureId: string, minutesId: string) {
  const row = await loadMinutesRow(db, prefectureId, minutesId);
  return row ? { ...buildEnvelope(row), followUp: await followUpFor(row) } : null;
}

/** The minutes as one structure, scoped by prefecture. Null when absent. */
export async function buildMinutesDocument(db: Db, prefectureId: string, minutesId: string): Promise<MinutesDocument | null> {
  const row = await loadMinutesRow(db, prefectureId, minutesId);
  if (!row) return null;
  const live = buildEnvelope(row);
  const frozen = row.frozenDocument as (ReturnType<typeof buildEnvelope> & { sectionPlaces?: SectionPlaces; followUp?: MinutesFollowUp | null }) | null;
  const { sectionPlaces, ...envelope } = frozen && typeof frozen === "object" && "title" in frozen ? { ...frozen, sectionPlaces: frozen.sectionPlaces ?? live.sectionPlaces } : live;
  // Records frozen before the follow-up existed compute it: its window is fixed by the meeting's date.
  const followUp = frozen && typeof frozen === "object" && "followUp" in frozen ? (frozen.followUp ?? null) : await followUpFor(row);
  return {
    ...envelope,
    followUp,
    minutesId: row.id,
    revision: row.revision,
    status: row.status,
    sections: buildSections(row, sectionPlaces),
  };
}

/** Presentation line of an agenda item, for pre-filling a section. */
export function presentationOf(item: { slideReference: string | null; presenters: { label: string | null; person: PersonName | null }[] }): string | null {
  return presentationLine(
    item.presenters.map((p) => (p.person ? formatPersonName(p.person) : (p.label ?? ""))),
    item.slideReference,
  );
}
