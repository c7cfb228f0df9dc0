/**
 * E-mail templates: pure functions that build the French subject, plain text and simple
 * accessible HTML of the portal's messages (no I/O, no Prisma). Every value that comes from
 * the database or a form is HTML-escaped here, so callers pass raw text.
 *
 * The convocation's reply links only pre-select an answer on the reply page; the page must
 * ask for a confirmation (POST) before recording it, because mail scanners and link
 * previewers open every link of a message (a GET must never record a reply).
 */
import type { MeetingMode, ReplyResponse } from "@/lib/generated/prisma/enums";

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

export const REPLY_CHOICE_LABEL: Record<ReplyResponse, string> = {
  IN_PERSON: "Je serai présent(e)",
  REMOTE: "Je participerai à distance",
  EXCUSED: "Je serai excusé(e)",
  REPRESENTED: "Je serai représenté(e) par…",
};

/**
 * The answers that make sense for a meeting's mode: "à distance" is not offered for a
 * meeting held only in person, and "présent(e)" not for one held only at a distance.
 */
export function replyChoicesFor(mode: MeetingMode): ReplyResponse[] {
  switch (mode) {
    case "IN_PERSON":
      return ["IN_PERSON", "EXCUSED", "REPRESENTED"];
    case "AUDIOCONFERENCE":
    case "VIDEOCONFERENCE":
      return ["REMOTE", "EXCUSED", "REPRESENTED"];
    case "HYBRID":
      return ["IN_PERSON", "REMOTE", "EXCUSED", "REPRESENTED"];
  }
}

export const MEETING_MODE_LABEL: Record<MeetingMode, string> = {
  IN_PERSON: "en présentiel",
  AUDIOCONFERENCE: "par audioconférence",
  VIDEOCONFERENCE: "par visioconférence",
  HYBRID: "en présentiel et à distance (format hybride)",
};

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

export interface ConvocationEmailInput {
  /** As printed in the signature: "Préfecture de la Vienne" */
  prefectureName: string;
  /** "Comité local des usagers et de l'amélioration continue de la Vienne" */
  committeeName: string;
  /** lib/format.ts formatDateTime: "jeudi 6 mai 2021 à 14h30" */
  meetingLabel: string;
  /** "Préfecture de la Vienne, salle Jean Moulin"; null when not yet known or remote */
  place: string | null;
  mode: MeetingMode;
  /** Already numbered as the committee numbers its agenda: "I – Accueil", "a) Qual-e-Pref" */
  agendaLines: string[];
  /** The recipient's personal reply page (carries the reply token), absolute URL */
  replyUrl: string;
  /** "Mme Nathalie MASSÉ"; empty when the seat is an organisation's */
  recipientName: string;
}

const STYLE_BODY = "font-family: Marianne, Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #161616;";
const STYLE_LINK = "color: #000091; text-decoration: underline;";

export function convocationEmail(input: ConvocationEmailInput): RenderedEmail {
  const committee = oneLine(input.committeeName);
  const meeting = oneLine(input.meetingLabel);
  const place = input.place ? oneLine(input.place) : "";
  const recipient = oneLine(input.recipientName);
  const prefecture = oneLine(input.prefectureName);
  const agenda = input.agendaLines.map(oneLine).filter((line) => line !== "");
  const choices = replyChoicesFor(input.mode).map((choice) => ({
    label: REPLY_CHOICE_LABEL[choice],
    url: replyLink(input.replyUrl, choice),
  }));

  const subject = oneLine(`Convocation : ${committee} — ${meeting}`);
  const invitation =
    `Vous êtes convié(e) à la réunion du ${committee}, qui se tiendra le ${meeting}, ` +
    `${MEETING_MODE_LABEL[input.mode]}.`;
  const documentsNote =
    "Les documents de la séance (ordre du jour, diaporama, annexes) sont disponibles sur le portail " +
    "du comité, dans la page de la séance.";
  const replyIntro =
    "Merci de nous indiquer votre réponse en suivant l'un des liens ci-dessous. Aucun compte n'est " +
    "nécessaire : ces liens vous sont personnels.";
  const representationNote =
    "Si vous vous faites représenter, indiquez le nom de la personne sur la page de réponse plutôt que " +
    "de lui transférer ce message.";
  const closing = "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.";
  const signature = ["Le secrétariat du comité", prefecture];

  const text = [
    ...(recipient ? [`À l'attention de ${recipient}`, ""] : []),
    "Madame, Monsieur,",
    "",
    invitation,
    ...(place ? ["", `Lieu : ${place}`] : []),
    "",
    "Ordre du jour :",
    ...(agenda.length ? agenda.map((line) => `  - ${line}`) : ["  L'ordre du jour vous sera communiqué prochainement."]),
    "",
    documentsNote,
    "",
    replyIntro,
    ...choices.map((c) => `  - ${c.label} : ${c.url}`),
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
    ...(recipient ? [`<p>À l'attention de ${e(recipient)}</p>`] : []),
    "<p>Madame, Monsieur,</p>",
    `<p>${e(invitation)}</p>`,
    ...(place ? [`<p><strong>Lieu :</strong> ${e(place)}</p>`] : []),
    '<h2 style="font-size: 18px;">Ordre du jour</h2>',
    agenda.length
      ? `<ul>\n${agenda.map((line) => `<li>${e(line)}</li>`).join("\n")}\n</ul>`
      : "<p>L'ordre du jour vous sera communiqué prochainement.</p>",
    `<p>${e(documentsNote)}</p>`,
    '<h2 style="font-size: 18px;">Votre réponse</h2>',
    `<p>${e(replyIntro)}</p>`,
    `<ul>\n${choices.map((c) => `<li><a href="${e(c.url)}" style="${STYLE_LINK}">${e(c.label)}</a></li>`).join("\n")}\n</ul>`,
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
