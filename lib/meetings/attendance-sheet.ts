/**
 * The attendance sheet of one meeting, as the form shows it and as the save action checks it
 * against: every line already recorded (members, guests, organisations — whatever their seat
 * has become since), then one new line per seat current on the meeting's day that has none,
 * pre-filled from the replies (domain/replies.ts prefillAttendance). One loader for both, so
 * the form and the action can never disagree on which lines exist.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { formatPersonName } from "@/lib/format";
import { currentOnWhere, dayOf } from "@/lib/periods";
import type { College } from "@/lib/committees/vocabulary";
import type { AttendanceStatus } from "./vocabulary";
import { prefillAttendance } from "./domain/replies";
import type { OpenSeat, RecordedLine } from "./domain/attendance-save";

export interface AttendanceSheetLine {
  /** the recorded line, or null for a seat that has no line yet */
  attendanceId: string | null;
  memberId: string | null;
  name: string;
  organization: string | null;
  college: College | null;
  functionSnapshot: string | null;
  status: AttendanceStatus | null;
  representedByLabel: string | null;
  remark: string | null;
  isChair: boolean;
  /** a new line whose status comes from the member's reply */
  fromReply: boolean;
  /**
   * A seat without a line on a held meeting whose attendance is already recorded (a seat
   * back-dated since): shown undecided, and added only if the user gives it a status — the
   * portal never adds lines to a recorded attendance by itself.
   */
  optional: boolean;
}

type Client = PrismaClient | Tx;
const personSelect = { civility: true, firstName: true, lastName: true, function: true } as const;

export async function loadAttendanceSheet(
  client: Client,
  meeting: { id: string; prefectureId: string; committeeId: string; status: "DRAFT" | "CONVENED" | "HELD" | "CANCELLED"; startsAt: Date; endsAt: Date | null },
  now = new Date(),
) {
  // One after the other: inside the save action's transaction the three share one connection.
  const attendances = await client.attendance.findMany({
      where: { meetingId: meeting.id },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      include: { person: { select: personSelect }, organization: { select: { name: true } }, representedByPerson: { select: personSelect } },
  });
  const replies = await client.meetingReply.findMany({ where: { meetingId: meeting.id } });
  const seatRows = await client.member.findMany({
      where: { committeeId: meeting.committeeId, committee: { prefectureId: meeting.prefectureId }, ...currentOnWhere(dayOf(meeting.startsAt)) },
      orderBy: [{ college: "asc" }, { createdAt: "asc" }],
      include: { person: { include: { organization: { select: { name: true } } } }, organization: { select: { name: true } } },
  });
  const recordedSeats = new Set(attendances.flatMap((a) => (a.memberId ? [a.memberId] : [])));
  const recordedHeld = meeting.status === "HELD" && attendances.length > 0;
  const open = seatRows.filter((s) => !recordedSeats.has(s.id));
  const prefilled = prefillAttendance(
    open.map((s) => ({ id: s.id, personId: s.personId, organizationId: s.organizationId, seatLabel: s.seatLabel, college: s.college })),
    replies,
    meeting,
    now,
  );
  const representativeNames = new Map<string, string>();
  for (const a of attendances) {
    if (a.representedByPerson && a.representedByPersonId) representativeNames.set(a.representedByPersonId, formatPersonName(a.representedByPerson));
  }
  const lines: AttendanceSheetLine[] = [
    ...attendances.map((a) => ({
      attendanceId: a.id,
      memberId: a.memberId,
      name: a.person ? formatPersonName(a.person) : (a.seatLabel ?? a.organization?.name ?? a.organizationSnapshot ?? "Participant"),
      organization: a.organizationSnapshot ?? a.organization?.name ?? null,
      college: a.college,
      functionSnapshot: a.functionSnapshot,
      status: a.status,
      // A stored link without a label is shown (and sent back) as the person's name.
      representedByLabel: a.representedByLabel ?? (a.representedByPerson ? formatPersonName(a.representedByPerson) : null),
      remark: a.remark,
      isChair: a.isChair,
      fromReply: false,
      optional: false,
    })),
    ...open.map((seat, i) => {
      const pre = prefilled[i];
      return {
        attendanceId: null,
        memberId: seat.id,
        name: seat.person ? formatPersonName(seat.person) : (seat.seatLabel ?? seat.organization?.name ?? "Siège"),
        organization: seat.person?.organization?.name ?? seat.organization?.name ?? null,
        college: seat.college,
        functionSnapshot: seat.person?.function ?? null,
        status: recordedHeld ? null : (pre?.status ?? null),
        representedByLabel: recordedHeld ? null : (pre?.representedByLabel ?? null),
        remark: null,
        isChair: false,
        fromReply: !recordedHeld && !!pre?.response,
        optional: recordedHeld,
      };
    }),
  ];
  const recorded: RecordedLine[] = attendances.map((a) => ({
    id: a.id,
    memberId: a.memberId,
    personId: a.personId,
    status: a.status,
    representedByPersonId: a.representedByPersonId,
    representedByLabel: a.representedByLabel,
    functionSnapshot: a.functionSnapshot,
    remark: a.remark,
  }));
  const openSeats: OpenSeat[] = open.map((s) => ({ memberId: s.id, personId: s.personId }));
  return {
    lines,
    recorded,
    openSeats,
    seats: new Map(open.map((s) => [s.id, s])),
    representativeNames,
    nextPosition: attendances.reduce((max, a) => Math.max(max, a.position + 1), 0),
  };
}
