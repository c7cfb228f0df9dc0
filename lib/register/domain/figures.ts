/**
 * Monthly figures of the register for the two indicators of domain.md §5 that it feeds:
 * - e-mails of general information (channel EMAIL, type INFORMATION) answered within the
 *   commitment ÷ e-mails received;
 * - complaints (type COMPLAINT, any channel) processed (answered) ÷ complaints received.
 * An entry counts in the month it was received, as it stands on `asOf` (answers dated after
 * `asOf` are not known yet). Rates are percentages (66 for 66 %), null without a denominator.
 */
import type { RequestChannel, RequestType } from "@/lib/register/vocabulary";
import { answerDeadline, entryStatus, type EntryDates } from "./deadline";
import { dayNumber } from "./working-days";

export interface RegisterFacts extends EntryDates {
  channel: RequestChannel;
  type: RequestType;
  /** How many identical entries this stands for (a query may group them); 1 when absent */
  count?: number;
}

export interface MonthlyRegisterFigures {
  /** 1–12; 0 for the year's total */
  month: number;
  emailsReceived: number;
  emailsAnsweredInTime: number;
  /** e-mails answered in time ÷ received, in % */
  emailRate: number | null;
  complaintsReceived: number;
  complaintsProcessed: number;
  complaintRate: number | null;
  /** every entry received in the month, all types and channels */
  entriesReceived: number;
}

export function isGeneralInformationEmail(entry: Pick<RegisterFacts, "channel" | "type">): boolean {
  return entry.channel === "EMAIL" && entry.type === "INFORMATION";
}

const rate = (num: number, den: number) => (den === 0 ? null : (100 * num) / den);

function emptyMonth(month: number): MonthlyRegisterFigures {
  return { month, emailsReceived: 0, emailsAnsweredInTime: 0, emailRate: null, complaintsReceived: 0, complaintsProcessed: 0, complaintRate: null, entriesReceived: 0 };
}

/** The twelve months of `year` then the year's total (month 0), pooled from the counts. */
export function monthlyFigures(entries: Iterable<RegisterFacts>, year: number, asOf: Date): MonthlyRegisterFigures[] {
  const months = Array.from({ length: 12 }, (_, i) => emptyMonth(i + 1));
  // Many entries share a day of receipt: its 5-day deadline is computed once.
  const fiveDays = new Map<number, Date>();
  for (const e of entries) {
    if (e.receivedOn.getUTCFullYear() !== year) continue;
    const m = months[e.receivedOn.getUTCMonth()]!;
    const n = e.count ?? 1;
    m.entriesReceived += n;
    if (isGeneralInformationEmail(e)) {
      m.emailsReceived += n;
      const day = dayNumber(e.receivedOn);
      let fiveDay = fiveDays.get(day);
      if (!fiveDay) fiveDays.set(day, (fiveDay = answerDeadline(e.receivedOn)));
      if (entryStatus(e, asOf, fiveDay).kind === "ANSWERED_IN_TIME") m.emailsAnsweredInTime += n;
    } else if (e.type === "COMPLAINT") {
      m.complaintsReceived += n;
      if (e.answeredOn && e.answeredOn <= asOf) m.complaintsProcessed += n;
    }
  }
  const total = emptyMonth(0);
  for (const m of months) {
    m.emailRate = rate(m.emailsAnsweredInTime, m.emailsReceived);
    m.complaintRate = rate(m.complaintsProcessed, m.complaintsReceived);
    total.emailsReceived += m.emailsReceived;
    total.emailsAnsweredInTime += m.emailsAnsweredInTime;
    total.complaintsReceived += m.complaintsReceived;
    total.complaintsProcessed += m.complaintsProcessed;
    total.entriesReceived += m.entriesReceived;
  }
  total.emailRate = rate(total.emailsAnsweredInTime, total.emailsReceived);
  total.complaintRate = rate(total.complaintsProcessed, total.complaintsReceived);
  return [...months, total];
}
