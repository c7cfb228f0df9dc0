/**
 * The minutes (compte rendu or relevé de conclusions) as a Word document, rendered from the one
 * MinutesDocument structure (lib/minutes/domain/document-model.ts) the HTML view and the PDF also
 * use. Laid out like the seeds: optional cover letter, bloc-marque and "Affaire suivie par",
 * title, chair, attendance by status and college, agenda, one heading per agenda item with its
 * presentation, body, interventions and conclusions, closing lines, signature, annexes.
 * Real Word styles, headings (the navigation pane shows the sections), numbered and bulleted
 * lists and tables, so the prefecture can edit the file further. A relevé de conclusions prints
 * per section only its title and its conclusions.
 *
 * The wording helpers at the top are shared with the PDF (minutes-pdf.tsx), so both say the
 * same thing in the same order.
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type Table,
  TabStopType,
  TextRun,
} from "docx";
import { formatDate, prefectureOf } from "@/lib/format";
import type { MinutesAgendaEntry, MinutesAttendanceLine, MinutesDocument, MinutesFollowUp, MinutesInterventionModel, MinutesSectionModel } from "@/lib/minutes/domain";
import { isEmptyDocument } from "@/lib/rich-text/document";
import { COMMITTEE_KIND_ACRONYMS } from "@/lib/committees/vocabulary";
import { EMBLEM, EMBLEM_ALT, EMBLEM_PNG, MOTTO, MOTTO_ALT, MOTTO_PNG, type Artwork } from "./brand";
import { MARIANNE, MARIANNE_FALLBACK } from "./fonts";
import { issuingServiceLines, stateHeaderLines } from "./format";
import { RichTextDocx } from "./rich-text-docx";
import { paragraphStyle } from "./docx-styles";

export interface MinutesExportOptions {
  /** Print the cover letter first when the minutes have one (default: true). */
  coverLetter?: boolean;
}

// --- Wording shared by the DOCX and the PDF ------------------------------------------------

export const NO_QUESTIONS_LINE = "Aucune observation n'est formulée.";
export const CONCLUSIONS_LABEL = "Conclusions";

export function isConclusionsOnly(document: MinutesDocument): boolean {
  return document.kind === "RELEVE_DE_CONCLUSIONS";
}

export function withCoverLetter(document: MinutesDocument, options: MinutesExportOptions): boolean {
  return !!document.coverLetter && options.coverLetter !== false;
}

/** "Compte rendu — CLU de la Vienne — 6 mai 2021": the running header and the file's subject. */
export function minutesShortTitle(document: MinutesDocument): string {
  const kind = isConclusionsOnly(document) ? "Relevé de conclusions" : "Compte rendu";
  const draft = document.status === "DRAFT" || document.status === "IN_REVIEW" ? " (projet)" : "";
  return `${kind}${draft} — ${COMMITTEE_KIND_ACRONYMS[document.committee.kind]} ${prefectureOf(document.prefecture)} — ${formatDate(new Date(document.meeting.startsAt))}`;
}

/** "Jeudi 6 mai 2021 à 14h30, en audioconférence" */
export function meetingLine(document: MinutesDocument): string {
  const day = document.meeting.dateLine;
  const capitalised = `${day.charAt(0).toUpperCase()}${day.slice(1)}`;
  return document.meeting.placeLine ? `${capitalised}, ${document.meeting.placeLine}` : capitalised;
}

/** "I – Titre", "a) Titre", "Point 1 : Titre" (a number ending in punctuation takes no dash). */
export function numberedTitle(number: string | null, title: string): string {
  const n = number?.trim();
  if (!n) return title;
  return /[).:–—-]$/u.test(n) ? `${n} ${title}` : `${n} – ${title}`;
}

/** ", cheffe de bureau…, représentée par Mme X" / " (absent excusé)" after the name. */
export function attendanceDetail(line: MinutesAttendanceLine): string {
  let out = line.detail ? `, ${line.detail}` : "";
  if (line.note) out += line.note.startsWith("(") ? ` ${line.note}` : `, ${line.note}`;
  return out;
}

/** "M. Thierry PREMPAIN (question) :" */
export function interventionLead(intervention: MinutesInterventionModel): string {
  return `${intervention.asker} (${intervention.kindLabel.toLowerCase()}) :`;
}

export function answerLead(responder: string): string {
  return `Réponse de ${responder} :`;
}

/** The "Suivi du plan d'actions" as lines, for the DOCX and the PDF alike. */
export type FollowUpBlock = { kind: "intro"; text: string } | { kind: "heading"; text: string } | { kind: "item"; lead: string; text: string };

export function followUpBlocks(followUp: MinutesFollowUp): FollowUpBlock[] {
  const blocks: FollowUpBlock[] = [{ kind: "intro", text: `${followUp.windowText}.` }];
  if (followUp.groups.length === 0 && followUp.openQuestions.length === 0) blocks.push({ kind: "intro", text: "Aucune action du plan ni question en attente." });
  for (const group of followUp.groups) {
    blocks.push({ kind: "heading", text: group.label });
    for (const a of group.actions) blocks.push({ kind: "item", lead: a.title, text: ` — ${a.detail}${a.note ? ` ${a.note}` : ""}` });
  }
  if (followUp.openQuestions.length > 0) {
    blocks.push({ kind: "heading", text: "Questions restées sans réponse" });
    for (const q of followUp.openQuestions) blocks.push({ kind: "item", lead: `${q.lead} :`, text: ` ${q.text}` });
  }
  return blocks;
}

/** A section's follow-up, or the follow-up printed after the sections when its section is gone. */
export function followUpOf(document: MinutesDocument, sectionId: string | null): MinutesFollowUp | null {
  const f = document.followUp;
  if (!f) return null;
  const placed = document.sections.some((s) => s.id === f.sectionId);
  return (sectionId === null ? !placed : f.sectionId === sectionId) ? f : null;
}

/** The lines of the "Affaire suivie par" block. */
export function minutesContactLines(document: MinutesDocument): string[] {
  const c = document.contact;
  if (!c) return [];
  return [`Affaire suivie par : ${c.name}`, c.role, c.phone ? `Tél : ${c.phone}` : null, c.email ? `Mél : ${c.email}` : null].filter(
    (l): l is string => !!l,
  );
}

/** Width of the agenda's number column, from its longest number ("Point 1", "III", "a)"), in cm. */
export function agendaNumberWidth(entries: readonly MinutesAgendaEntry[]): number {
  const longest = flattenAgenda(entries).reduce((max, { entry }) => Math.max(max, entry.number.trim().length), 0);
  return Math.max(0.9, 0.35 + 0.21 * longest);
}

export function flattenAgenda(entries: readonly MinutesAgendaEntry[], depth = 0): { entry: MinutesAgendaEntry; depth: number }[] {
  return entries.flatMap((entry) => [{ entry, depth }, ...flattenAgenda(entry.children, depth + 1)]);
}

// --- Word layout ---------------------------------------------------------------------------

const FONT = MARIANNE;
/** As in convocation-docx.ts: Marianne by name, Arial its declared substitute, nothing embedded. */
const FONT_TABLE = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
  `<w:font w:name="${MARIANNE}"><w:altName w:val="${MARIANNE_FALLBACK}"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`,
  `<w:font w:name="${MARIANNE_FALLBACK}"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`,
  "</w:fonts>",
].join("");
const cm = (value: number) => Math.round(value * 566.93);
const RIGHT_COLUMN = cm(8.5);
/** A4 minus the 2.5 + 2 cm margins. */
const TEXT_WIDTH = 11906 - cm(2.5) - cm(2);

function styles() {
  const heading = (size: number, color: string, before: number, outlineLevel: number, italics = false) => ({
    run: { font: FONT, size, bold: true, italics, color },
    paragraph: { spacing: { before, after: 80 }, keepNext: true, keepLines: true, outlineLevel },
  });
  const style = paragraphStyle;
  return {
    default: {
      document: {
        run: { font: FONT, size: 21, language: { value: "fr-FR" } },
        paragraph: { spacing: { after: 100, line: 264 } },
      },
      title: { run: { font: FONT, size: 28, bold: true, color: "000091" }, paragraph: { spacing: { before: 240, after: 120 } } },
      heading1: heading(28, "000091", 240, 0),
      heading2: heading(24, "000091", 300, 1),
      heading3: heading(22, "161616", 200, 2),
      heading4: heading(21, "161616", 120, 3, true),
    },
    paragraphStyles: [
      style("StateBlock", "Bloc État", { bold: true, size: 24, allCaps: true }),
      style("BlocMarque", "Bloc-marque", {}, { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } }),
      style("IssuingService", "Service émetteur", { bold: true, size: 17 }),
      style("ContactBlock", "Affaire suivie par", { size: 16 }),
      style("PlaceDate", "Lieu et date", {}, { indent: { left: RIGHT_COLUMN }, spacing: { before: 240, after: 240 } }),
      style("Correction", "Correction", { bold: true, italics: true, color: "CE0500" }, { spacing: { before: 60, after: 120 } }),
      style("MeetingLine", "Date et lieu de la séance", { bold: true }, { spacing: { before: 0, after: 60 } }),
      style("BodyText", "Corps du compte rendu", {}, { alignment: AlignmentType.JUSTIFIED, spacing: { before: 0, after: 100 } }),
      style("Presentation", "Présentation", { italics: true }, { spacing: { before: 0, after: 100 }, keepNext: true }),
      style("AttendanceLine", "Ligne de présence", {}, { spacing: { before: 0, after: 30 } }),
      style("AgendaEntry", "Entrée de l'ordre du jour", {}, { spacing: { before: 0, after: 40 } }),
      style("Intervention", "Intervention", {}, { alignment: AlignmentType.JUSTIFIED, spacing: { before: 80, after: 60 } }),
      style("Answer", "Réponse", {}, { alignment: AlignmentType.JUSTIFIED, indent: { left: cm(0.75) }, spacing: { before: 0, after: 60 } }),
      style("ConclusionsLabel", "Intitulé des conclusions", { bold: true, color: "000091" }, { spacing: { before: 120, after: 40 }, keepNext: true }),
      style("Signature", "Signature", {}, { indent: { left: RIGHT_COLUMN }, keepNext: true, keepLines: true }),
      style("HeaderText", "En-tête", { size: 16, color: "555555" }, { alignment: AlignmentType.RIGHT }),
      style("FooterText", "Pied de page", { size: 16, color: "555555" }, { alignment: AlignmentType.CENTER }),
    ],
  };
}

const p = (style: string, text: string, extra: ConstructorParameters<typeof Paragraph>[0] & object = {}) =>
  new Paragraph({ style, children: [new TextRun(text)], ...extra });

function artworkImage(art: Artwork, png: Buffer, width: number, alt: string, name: string) {
  return new ImageRun({
    type: "png",
    data: png,
    transformation: { width, height: Math.round((width * art.height) / art.width) },
    altText: { name, title: alt, description: alt },
  });
}

/** Bloc-marque, issuing service, "Affaire suivie par" and the place and date of issue. */
function letterhead(document: MinutesDocument): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ style: "BlocMarque", spacing: { before: 0, after: 80 }, children: [artworkImage(EMBLEM, EMBLEM_PNG, 48, EMBLEM_ALT, "Marianne")] }),
    ...stateHeaderLines(document.prefecture.stateHeader).map((l) => p("StateBlock", l)),
    new Paragraph({ style: "BlocMarque", spacing: { before: 80, after: 240 }, children: [artworkImage(MOTTO, MOTTO_PNG, 46, MOTTO_ALT, "Devise")] }),
    ...issuingServiceLines(document.issuingService).map((l) => p("IssuingService", l)),
  ];
  const contact = minutesContactLines(document);
  contact.forEach((l, i) => {
    const email = document.contact?.email;
    if (email && l === `Mél : ${email}`) {
      out.push(
        new Paragraph({
          style: "ContactBlock",
          children: [new TextRun("Mél : "), new ExternalHyperlink({ link: `mailto:${email}`, children: [new TextRun({ text: email, style: "Hyperlink" })] })],
        }),
      );
    } else {
      out.push(p("ContactBlock", l, i === 0 ? { spacing: { before: 160, after: 0 } } : {}));
    }
  });
  if (document.issuedLine) out.push(p("PlaceDate", document.issuedLine));
  return out;
}

function signatureBlock(document: MinutesDocument): Paragraph[] {
  const s = document.signatory;
  if (!s) return [];
  const lines = [s.delegation, s.title].filter((l): l is string => !!l);
  return [
    ...lines.map((l, i) => p("Signature", l, i === 0 ? { spacing: { before: 360, after: 0 } } : {})),
    // Room for the handwritten or electronic signature.
    p("Signature", "", { spacing: { before: 0, after: 900 } }),
    p("Signature", s.name, { keepNext: false }),
  ];
}

function coverLetter(document: MinutesDocument): Paragraph[] {
  const text = document.coverLetter?.text ?? "";
  return [
    ...letterhead(document),
    new Paragraph({
      spacing: { before: 360, after: 360 },
      tabStops: [{ type: TabStopType.LEFT, position: cm(1.6) }],
      indent: { left: cm(1.6), hanging: cm(1.6) },
      children: [new TextRun({ text: "Objet :", bold: true }), new TextRun({ children: ["\t", document.title] })],
    }),
    ...text
      .split(/\r?\n/u)
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => p("BodyText", l)),
    ...signatureBlock(document),
  ];
}

function attendance(document: MinutesDocument): Paragraph[] {
  return document.attendance.flatMap((group) => [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: group.heading }),
    ...group.colleges.flatMap((college) => [
      ...(college.heading ? [new Paragraph({ heading: HeadingLevel.HEADING_3, text: college.heading })] : []),
      ...college.lines.map(
        (line) =>
          new Paragraph({
            style: "AttendanceLine",
            bullet: { level: 0 },
            children: [new TextRun({ text: line.name, bold: true }), new TextRun(attendanceDetail(line))],
          }),
      ),
    ]),
  ]);
}

function agenda(document: MinutesDocument): Paragraph[] {
  if (document.agenda.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: "Ordre du jour" }),
    ...flattenAgenda(document.agenda).map(({ entry, depth }) => {
      const left = cm(0.9) * depth;
      const width = cm(agendaNumberWidth(document.agenda));
      const number = entry.number.trim();
      return new Paragraph({
        style: "AgendaEntry",
        indent: number ? { left: left + width, hanging: width } : { left },
        tabStops: [{ type: TabStopType.LEFT, position: left + width }],
        children: number
          ? [new TextRun({ text: number, bold: depth === 0 }), new TextRun({ children: ["\t", entry.title], bold: depth === 0 })]
          : [new TextRun({ text: entry.title, bold: depth === 0 })],
      });
    }),
  ];
}

function interventions(section: MinutesSectionModel): Paragraph[] {
  return section.interventions.flatMap((intervention) => [
    new Paragraph({
      style: "Intervention",
      keepNext: intervention.answers.length > 0,
      children: [new TextRun({ text: interventionLead(intervention), bold: true }), new TextRun(` ${intervention.text}`)],
    }),
    ...intervention.answers.map(
      (answer) =>
        new Paragraph({
          style: "Answer",
          children: [new TextRun({ text: answerLead(answer.responder), bold: true, italics: true }), new TextRun(` ${answer.text}`)],
        }),
    ),
  ]);
}

function followUpParagraphs(followUp: MinutesFollowUp | null, depth: 1 | 2): Paragraph[] {
  if (!followUp) return [];
  return followUpBlocks(followUp).map((b) => {
    if (b.kind === "item") return new Paragraph({ style: "AttendanceLine", bullet: { level: 0 }, children: [new TextRun({ text: b.lead, bold: true }), new TextRun(b.text)] });
    if (b.kind === "heading") return new Paragraph({ heading: depth === 1 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4, text: b.text });
    return new Paragraph({ style: "BodyText", children: [new TextRun({ text: b.text, italics: true })] });
  });
}

function sections(document: MinutesDocument, rich: RichTextDocx): (Paragraph | Table)[] {
  const conclusionsOnly = isConclusionsOnly(document);
  const trailing = followUpOf(document, null);
  const after = trailing ? [new Paragraph({ heading: HeadingLevel.HEADING_2, text: "Suivi du plan d'actions" }), ...followUpParagraphs(trailing, 1)] : [];
  return [...document.sections.flatMap((section) => {
    const out: (Paragraph | Table)[] = [
      new Paragraph({
        heading: section.depth === 1 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
        text: numberedTitle(section.number, section.title),
      }),
    ];
    if (!conclusionsOnly) {
      if (section.presentation) out.push(p("Presentation", section.presentation));
      out.push(...rich.blocks(section.body));
      out.push(...interventions(section));
      if (section.noQuestions && section.interventions.length === 0) out.push(p("BodyText", NO_QUESTIONS_LINE));
    }
    out.push(...followUpParagraphs(followUpOf(document, section.id), section.depth));
    if (!isEmptyDocument(section.conclusions)) {
      if (!conclusionsOnly) out.push(p("ConclusionsLabel", CONCLUSIONS_LABEL));
      out.push(...rich.blocks(section.conclusions));
    }
    return out;
  }), ...after];
}

function closing(document: MinutesDocument): Paragraph[] {
  const { closingLine, closingText, nextSession } = document.closing;
  return [closingLine, closingText, nextSession]
    .filter((l): l is string => !!l?.trim())
    .flatMap((l) => l.split(/\r?\n/u).filter((x) => x.trim()))
    .map((l, i) => p("BodyText", l, i === 0 ? { spacing: { before: 240, after: 100 } } : {}));
}

function annexes(document: MinutesDocument): Paragraph[] {
  if (document.annexes.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: document.annexes.length > 1 ? "Annexes" : "Annexe" }),
    ...document.annexes.map((a) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(a)] })),
  ];
}

export async function renderMinutesDocx(document: MinutesDocument, options: MinutesExportOptions = {}): Promise<Buffer> {
  const cover = withCoverLetter(document, options);
  const rich = new RichTextDocx({ paragraphStyle: "BodyText", textWidth: TEXT_WIDTH });
  const draft = document.status === "DRAFT" || document.status === "IN_REVIEW";

  const body: (Paragraph | Table)[] = [
    ...(cover ? coverLetter(document) : letterhead(document)),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: document.title, pageBreakBefore: cover }),
    ...(document.correction ? [p("Correction", document.correction.line)] : []),
    ...(draft ? [p("Correction", "Projet — document non validé")] : []),
    ...(document.reference ? [new Paragraph({ children: [new TextRun({ text: "Référence : ", bold: true }), new TextRun(document.reference)] })] : []),
    p("MeetingLine", meetingLine(document)),
    ...(document.chair
      ? [new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: "Présidence : ", bold: true }), new TextRun(document.chair)] })]
      : []),
    ...attendance(document),
    ...agenda(document),
    ...sections(document, rich),
    ...closing(document),
    ...signatureBlock(document),
    ...annexes(document),
  ];

  const shortTitle = minutesShortTitle(document);
  const pageFooter = () =>
    new Footer({
      children: [
        new Paragraph({
          style: "FooterText",
          children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " sur ", PageNumber.TOTAL_PAGES] })],
        }),
      ],
    });
  const doc = new Document({
    title: document.title,
    subject: shortTitle,
    description: `${document.title}. ${meetingLine(document)}.`,
    creator: `Préfecture ${prefectureOf(document.prefecture)}`,
    lastModifiedBy: `Préfecture ${prefectureOf(document.prefecture)}`,
    keywords: `${isConclusionsOnly(document) ? "relevé de conclusions" : "compte rendu"}; ${document.committee.name}`,
    styles: styles(),
    numbering: { config: rich.numbering() },
    sections: [
      {
        properties: {
          // The first page carries the bloc-marque: no running header there.
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: cm(2), bottom: cm(2), left: cm(2.5), right: cm(2), header: cm(1), footer: cm(1) },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ style: "HeaderText", children: [] })] }),
          default: new Header({ children: [p("HeaderText", shortTitle)] }),
        },
        footers: { first: pageFooter(), default: pageFooter() },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: "word/fontTable.xml", data: FONT_TABLE }]);
}
