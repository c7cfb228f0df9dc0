/**
 * E-mail templates: pure functions that build the French subject, plain text and simple
 * accessible HTML of the portal's messages (no I/O, no Prisma). Every value that comes from
 * the database or a form is HTML-escaped here, so callers pass raw text.
 *
 * The convocation's reply links only pre-select an answer on the reply page; the page must
 * ask for a confirmation (POST) before recording it, because mail scanners and link
 * previewers open every link of a message (a GET must never record a reply).
 */
import { MEETING_MODE_PHRASES, REPLY_RESPONSE_LABELS, type MeetingMode, type ReplyResponse } from "@/lib/meetings/vocabulary";
import { replyChoicesFor } from "@/lib/meetings/domain";

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Value of the `reponse` query parameter of the reply link, per answer (French URLs). */
export const REPLY_CHOICE_PARAM: Record<ReplyResponse, string> = {
  IN_PERSON: "present",
  REMOTE: "distance",
  EXCUSED: "excuse",
  REPRESENTED: "represente",
};

/** The reply page reads the pre-selected answer back with this. */
export function parseReplyChoiceParam(value: string | null | undefined): ReplyResponse | null {
  const entry = Object.entries(REPLY_CHOICE_PARAM).find(([, param]) => param === value);
  return entry ? (entry[0] as ReplyResponse) : null;
}


/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Subjects are one header line: no CR/LF can reach the transport from user text. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** Adds the pre-selected answer to the personal reply URL (absolute http(s) only). */
export function replyLink(replyUrl: string, choice: ReplyResponse): string {
  const url = new URL(replyUrl);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`Reply URL must be http(s): ${url.protocol}`);
  }
  url.searchParams.set("reponse", REPLY_CHOICE_PARAM[choice]);
  return url.toString();
}

/** An agenda item as the committee numbers it ("II – L'accueil en préfecture"), with its sub-items. */
export interface EmailAgendaItem {
  /** Number and title, already formatted: "II – L'accueil en préfecture", "a) L'accueil physique" */
  label: string;
  children: EmailAgendaItem[];
}

/** The person a message is addressed to (Person's civility and names). */
export interface EmailRecipient {
  civility: "M" | "MME" | null;
  firstName: string | null;
  lastName: string;
}

/**
 * "Madame Chantal CASTELNOT," / "Monsieur Eric ROSE," — the greeting of a letter addressed to
 * a known person; "Madame, Monsieur," when the civility is not known (a seat held by an
 * organisation, a person imported without it), since guessing it from a first name offends.
 */
export function salutation(recipient: EmailRecipient | null): string {
  const name = recipient ? oneLine([recipient.firstName, recipient.lastName].filter(Boolean).join(" ")) : "";
  if (recipient?.civility === "MME") return name ? `Madame ${name},` : "Madame,";
  if (recipient?.civility === "M") return name ? `Monsieur ${name},` : "Monsieur,";
  return "Madame, Monsieur,";
}

/** The closing formula repeats the greeting's title, without the name (French letter usage). */
function closingTitle(recipient: EmailRecipient | null): string {
  if (recipient?.civility === "MME") return "Madame";
  if (recipient?.civility === "M") return "Monsieur";
  return "Madame, Monsieur";
}

export interface ConvocationEmailInput {
  /** As printed in the signature: "Préfecture de la Vienne" */
  prefectureName: string;
  /** "Comité local des usagers et de l'amélioration continue de la Vienne" */
  committeeName: string;
  /** lib/format.ts formatDateTime: "jeudi 6 mai 2021 à 14h30" (the day alone without a start time) */
  meetingLabel: string;
  /** "Préfecture de la Vienne, salle Jean Moulin"; null when not yet known or remote */
  place: string | null;
  mode: MeetingMode;
  /** The agenda tree, numbered as the convocation document numbers it (lib/meetings/domain/agenda.ts) */
  agenda: EmailAgendaItem[];
  /** The recipient's personal reply page (carries the reply token), absolute URL */
  replyUrl: string;
  /** The meeting's page on the portal (NEXTAUTH_URL/{code}/seances/{id}); null when unknown */
  meetingUrl: string | null;
  /** Who is convened; null for a message addressed to a seat without a known person */
  recipient: EmailRecipient | null;
  /** The meeting's .ics is attached when the message is sent (lib/mail/attachments.ts) */
  calendarAttached?: boolean;
}

const STYLE_BODY = "font-family: Marianne, Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #161616;";
const STYLE_LINK = "color: #000091; text-decoration: underline;";
const STYLE_AGENDA = "list-style: none; margin: 0; padding-left: 0;";
const STYLE_SUB_AGENDA = "list-style: none; margin: 0; padding-left: 1.5em;";

/** The agenda as plain text: items at 2 spaces, each level 4 more, numbers as printed. */
function agendaText(items: readonly EmailAgendaItem[], depth = 0): string[] {
  return items.flatMap((item) => {
    const label = oneLine(item.label);
    const own = label ? [`  ${"    ".repeat(depth)}${label}`] : [];
    return [...own, ...agendaText(item.children, depth + 1)];
  });
}

/** The agenda as nested lists: the levels stay levels for screen readers and mail clients. */
function agendaHtml(items: readonly EmailAgendaItem[], depth = 0): string {
  const lines = items
    .filter((item) => oneLine(item.label) !== "" || item.children.length > 0)
    .map((item) => {
      const children = item.children.length > 0 ? `\n${agendaHtml(item.children, depth + 1)}` : "";
      return `<li>${escapeHtml(oneLine(item.label))}${children}</li>`;
    });
  return `<ul style="${depth === 0 ? STYLE_AGENDA : STYLE_SUB_AGENDA}">\n${lines.join("\n")}\n</ul>`;
}

function hasAgenda(items: readonly EmailAgendaItem[]): boolean {
  return items.some((item) => oneLine(item.label) !== "" || hasAgenda(item.children));
}

function httpUrl(value: string): string {
  const url = new URL(value);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`URL must be http(s): ${url.protocol}`);
  return url.toString();
}

export function convocationEmail(input: ConvocationEmailInput): RenderedEmail {
  const committee = oneLine(input.committeeName);
  const meeting = oneLine(input.meetingLabel);
  const place = input.place ? oneLine(input.place) : "";
  const prefecture = oneLine(input.prefectureName);
  const greeting = salutation(input.recipient);
  const meetingUrl = input.meetingUrl ? httpUrl(input.meetingUrl) : null;
  const withAgenda = hasAgenda(input.agenda);
  const choices = replyChoicesFor(input.mode).map((choice) => ({
    label: REPLY_RESPONSE_LABELS[choice],
    url: replyLink(input.replyUrl, choice),
  }));

  const subject = oneLine(`Convocation : ${committee} — ${meeting}`);
  const invitation =
    `Vous êtes convié(e) à la réunion du ${committee}, qui se tiendra le ${meeting}, ` +
    `${MEETING_MODE_PHRASES[input.mode]}.`;
  const documentsNote =
    "Les documents de la séance (ordre du jour, diaporama, annexes) sont disponibles sur le portail " +
    "du comité, dans la page de la séance.";
  const portalLabel = "Page de la séance sur le portail (avec votre compte)";
  const calendarNote = "La séance est jointe à ce message (fichier .ics) pour l'ajouter à votre agenda.";
  const replyIntro =
    "Merci de nous indiquer votre réponse en suivant l'un des liens ci-dessous. Aucun compte n'est " +
    "nécessaire : ces liens vous sont personnels.";
  const replyValidity =
    "Ils restent valables jusqu'au début de la séance : vous pouvez les suivre à nouveau pour consulter " +
    "ou modifier votre réponse.";
  const representationNote =
    "Si vous vous faites représenter, indiquez le nom de la personne sur la page de réponse plutôt que " +
    "de lui transférer ce message.";
  const closing = `Nous vous prions d'agréer, ${closingTitle(input.recipient)}, l'expression de nos salutations distinguées.`;
  const signature = ["Le secrétariat du comité", prefecture];

  const text = [
    greeting,
    "",
    invitation,
    ...(place ? ["", `Lieu : ${place}`] : []),
    "",
    "Ordre du jour :",
    ...(withAgenda ? agendaText(input.agenda) : ["  L'ordre du jour vous sera communiqué prochainement."]),
    "",
    documentsNote,
    ...(input.calendarAttached ? ["", calendarNote] : []),
    "",
    "Votre réponse",
    "",
    `${replyIntro} ${replyValidity}`,
    ...choices.map((c) => `  - ${c.label} : ${c.url}`),
    ...(meetingUrl ? ["", `${portalLabel} : ${meetingUrl}`] : []),
    "",
    representationNote,
    "",
    closing,
    "",
    ...signature,
    "",
  ].join("\n");

  const e = escapeHtml;
  const html = [
    "<!DOCTYPE html>",
    '<html lang="fr">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(subject)}</title>`,
    "</head>",
    `<body style="${STYLE_BODY}">`,
    "<main>",
    `<h1 style="font-size: 22px;">Convocation — ${e(committee)}</h1>`,
    `<p>${e(greeting)}</p>`,
    `<p>${e(invitation)}</p>`,
    ...(place ? [`<p><strong>Lieu :</strong> ${e(place)}</p>`] : []),
    '<h2 style="font-size: 18px;">Ordre du jour</h2>',
    withAgenda ? agendaHtml(input.agenda) : "<p>L'ordre du jour vous sera communiqué prochainement.</p>",
    `<p>${e(documentsNote)}</p>`,
    ...(input.calendarAttached ? [`<p>${e(calendarNote)}</p>`] : []),
    '<h2 style="font-size: 18px;">Votre réponse</h2>',
    `<p>${e(replyIntro)} ${e(replyValidity)}</p>`,
    `<ul>\n${choices.map((c) => `<li><a href="${e(c.url)}" style="${STYLE_LINK}">${e(c.label)}</a></li>`).join("\n")}\n</ul>`,
    ...(meetingUrl ? [`<p><a href="${e(meetingUrl)}" style="${STYLE_LINK}">${e(portalLabel)}</a></p>`] : []),
    `<p>${e(representationNote)}</p>`,
    `<p>${e(closing)}</p>`,
    `<p>${signature.map(e).join("<br>")}</p>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");

  return { subject, text, html };
}
