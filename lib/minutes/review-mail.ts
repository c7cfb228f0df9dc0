/**
 * The review e-mails: the invitation to read the draft (with the deadline and a link) and the
 * reminder before the deadline. Pure; every value is escaped by the shared helpers.
 */
import { escapeHtml, salutation, type EmailRecipient, type RenderedEmail } from "@/lib/mail/templates";

export interface ReviewEmailInput {
  recipient: EmailRecipient | null;
  prefectureName: string;
  /** "Compte rendu du comité local des usagers du jeudi 6 mai 2021 à 14h30" */
  minutesTitle: string;
  /** "vendredi 11 juin 2021" */
  deadlineLabel: string;
  url: string;
  message: string | null;
  reminder: boolean;
}

const STYLE_BODY = "font-family: Marianne, Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #161616;";
const STYLE_LINK = "color: #000091; text-decoration: underline;";

export function reviewEmail(input: ReviewEmailInput): RenderedEmail {
  const lowered = input.minutesTitle.charAt(0).toLowerCase() + input.minutesTitle.slice(1);
  const subject = input.reminder ? `Rappel — relecture du ${lowered}` : `Relecture du ${lowered}`;
  const intro = input.reminder
    ? `Vous n'avez pas encore ouvert le projet de ${lowered}. Vos remarques sont attendues au plus tard le ${input.deadlineLabel}.`
    : `Le projet de ${lowered} est soumis à votre relecture. Vous pouvez le lire et commenter chaque partie dans le portail, au plus tard le ${input.deadlineLabel}.`;
  const lines = [
    salutation(input.recipient),
    "",
    intro,
    ...(input.message ? ["", input.message] : []),
    "",
    `Lire le projet : ${input.url}`,
    "",
    "Sans remarque de votre part à cette date, le compte rendu sera validé en l'état.",
    "",
    input.prefectureName,
  ];
  const html = `<div style="${STYLE_BODY}" lang="fr">
<p>${escapeHtml(salutation(input.recipient))}</p>
<p>${escapeHtml(intro)}</p>
${input.message ? `<p>${escapeHtml(input.message).replace(/\n/g, "<br>")}</p>` : ""}
<p><a href="${escapeHtml(input.url)}" style="${STYLE_LINK}">Lire le projet et le commenter</a></p>
<p>Sans remarque de votre part à cette date, le compte rendu sera validé en l'état.</p>
<p>${escapeHtml(input.prefectureName)}</p>
</div>`;
  return { subject, text: lines.join("\n"), html };
}
