/**
 * Demo register of requests, suggestions and complaints (domain.md §7), built to give back
 * the Vienne's published figures (§5): general-information e-mails answered within 5 working
 * days 52 % in the second half of 2021 (13 of 25) and 66 % in 2022 (33 of 50); complaints
 * processed 100 % in 2021 (4 of 4) and 89 % in 2022 (8 of 9). Subjects are our own short
 * summaries of ordinary requests; dates are computed with the register's own working days.
 */
import { addWorkingDays, isoDay, utcDate } from "@/lib/register/domain";
import type { RequestChannel, RequestType } from "@/lib/register/vocabulary";

export interface SeedRegisterEntry {
  prefectureCode: string;
  reference: string;
  receivedOn: string;
  channel: RequestChannel;
  type: RequestType;
  subject: string;
  service: string | null;
  acknowledgedOn: string | null;
  holdingReplyOn: string | null;
  announcedDelayDays: number | null;
  answeredOn: string | null;
}

const SUBJECTS = [
  ["Pièces à fournir pour un permis de conduire", "Bureau des titres"],
  ["Suivi d'une demande de carte grise", "Bureau des titres"],
  ["Renouvellement d'un titre de séjour", "Bureau de l'immigration"],
  ["Horaires d'ouverture de l'accueil", "Accueil"],
  ["Rendez-vous pour une carte d'identité", "Bureau des titres"],
  ["Autorisation de manifestation sportive", "Bureau de la réglementation"],
] as const;

const COMPLAINTS = [
  ["Attente trop longue au guichet", "Bureau de l'immigration"],
  ["Appel resté sans réponse au standard", "Standard"],
  ["Courriel resté sans réponse", "Bureau des titres"],
] as const;

const plus = (iso: string, n: number) => isoDay(addWorkingDays(utcDate(iso), n));

/** `count` days of a period, spread evenly (the n-th request on the n-th slot). */
function spread(fromIso: string, days: number, count: number): string[] {
  const start = utcDate(fromIso).getTime();
  return Array.from({ length: count }, (_, i) => isoDay(new Date(start + Math.floor((i * days) / count) * 86_400_000)));
}

function vienneYear(prefix: string, from: string, days: number, emails: number, emailsInTime: number, complaints: number, processed: number): SeedRegisterEntry[] {
  const rows: SeedRegisterEntry[] = [];
  spread(from, days, emails).forEach((receivedOn, i) => {
    const [subject, service] = SUBJECTS[i % SUBJECTS.length]!;
    rows.push({
      prefectureCode: "86",
      reference: `${prefix}-C${String(i + 1).padStart(3, "0")}`,
      receivedOn,
      channel: "EMAIL",
      type: "INFORMATION",
      subject,
      service,
      acknowledgedOn: receivedOn,
      holdingReplyOn: null,
      announcedDelayDays: null,
      // in time: 3 working days; late: 9 working days
      answeredOn: plus(receivedOn, i < emailsInTime ? 3 : 9),
    });
  });
  spread(from, days, complaints).forEach((receivedOn, i) => {
    const [subject, service] = COMPLAINTS[i % COMPLAINTS.length]!;
    rows.push({
      prefectureCode: "86",
      reference: `${prefix}-R${String(i + 1).padStart(3, "0")}`,
      receivedOn: plus(receivedOn, 1),
      channel: i % 2 === 0 ? "MAIL" : "EMAIL",
      type: "COMPLAINT",
      subject,
      service,
      acknowledgedOn: plus(receivedOn, 2),
      holdingReplyOn: null,
      announcedDelayDays: null,
      answeredOn: i < processed ? plus(receivedOn, 6) : null,
    });
  });
  return rows;
}

export const registerEntries: SeedRegisterEntry[] = [
  ...vienneYear("2021", "2021-07-01", 170, 25, 13, 4, 4),
  ...vienneYear("2022", "2022-01-03", 340, 50, 33, 9, 8),
  {
    prefectureCode: "86",
    reference: "2022-S001",
    receivedOn: "2022-03-14",
    channel: "SUGGESTION_BOX",
    type: "SUGGESTION",
    subject: "Installer un distributeur de tickets à l'entrée",
    service: "Accueil",
    acknowledgedOn: null,
    holdingReplyOn: null,
    announcedDelayDays: null,
    answeredOn: null,
  },
];
