/**
 * A section as plain text: what full-text search indexes (MinutesSection.plainText, see
 * prisma/search-sql.ts) and what the version history compares. Names of askers and
 * responders are included, so "Prempain" finds the meeting where he asked.
 */
import { documentToPlainText, type RichTextDocument } from "@/lib/rich-text/document";

export interface SectionTextInput {
  presentation?: string | null;
  body: RichTextDocument;
  conclusions: RichTextDocument;
  noQuestions?: boolean;
  interventions: { asker: string; text: string; answers: { responder: string; text: string }[] }[];
}

export function sectionPlainText(section: SectionTextInput): string {
  const lines: string[] = [];
  if (section.presentation) lines.push(section.presentation);
  const body = documentToPlainText(section.body);
  if (body) lines.push(body);
  for (const intervention of section.interventions) {
    lines.push(`${intervention.asker} : ${intervention.text}`);
    for (const answer of intervention.answers) lines.push(`${answer.responder} : ${answer.text}`);
  }
  if (section.noQuestions) lines.push("Aucune observation n'est formulée.");
  const conclusions = documentToPlainText(section.conclusions);
  if (conclusions) lines.push(conclusions);
  return lines.join("\n");
}
