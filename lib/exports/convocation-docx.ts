/**
 * The convocation to a committee meeting as a Word document (.docx), laid out as a French
 * State letter (Marianne block, issuing service, "Affaire suivie par", place and date,
 * addressees, object, body, agenda, signature). Built with `docx`: pure JavaScript, works the
 * same in route handlers, tsx scripts (CJS) and Vitest (ESM), and writes real Word styles,
 * headings and lists, so the prefecture can keep editing the file in Word or LibreOffice.
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  TabStopType,
  TextRun,
} from "docx";
import { prefectureOf } from "@/lib/format";
import type { DocumentAgendaItem, MeetingDocumentData } from "@/lib/meetings";
import { EMBLEM, EMBLEM_ALT, EMBLEM_PNG, MOTTO, MOTTO_ALT, MOTTO_PNG, type Artwork } from "./brand";
import { MARIANNE, MARIANNE_FALLBACK } from "./fonts";
import {
  CLOSING_FORMULA,
  addresseeLine,
  agendaItemDetails,
  contactLines,
  convocationSubject,
  convocationTitle,
  endSentence,
  groupByCollege,
  invitationSentence,
  issuedLine,
  issuingServiceLines,
  meetingWhen,
  meetingWhereLine,
  modeSentence,
  participantDetail,
  replySentence,
  meetingSignature,
  stateHeaderLines,
} from "./format";
import { COMMITTEE_KIND_LABELS } from "@/lib/committees/vocabulary";
import { paragraphStyle } from "./docx-styles";

export interface ConvocationOptions {
  /** Append the list of the members convened, by college (default: true when there are any). */
  includeParticipantList?: boolean;
}

/**
 * Marianne by name, not embedded (see lib/exports/fonts.ts: its licence bits would make the
 * file read-only in Word). The font table declares Arial as its substitute, so a machine
 * without Marianne shows a sans-serif of the same role instead of Word's default serif.
 */
const FONT = MARIANNE;
const FONT_TABLE = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
  `<w:font w:name="${MARIANNE}"><w:altName w:val="${MARIANNE_FALLBACK}"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`,
  `<w:font w:name="${MARIANNE_FALLBACK}"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`,
  "</w:fonts>",
].join("");
/** Twips per centimetre. */
const cm = (value: number) => Math.round(value * 566.93);
/** Where the right-hand column (date, addressees, signature) starts. */
const RIGHT_COLUMN = cm(8.5);
const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

function styles() {
  const heading = (size: number, bold: boolean, before: number, outlineLevel: number) => ({
    run: { font: FONT, size, bold, italics: false, color: "000000" },
    paragraph: { spacing: { before, after: 60 }, keepNext: true, keepLines: true, outlineLevel },
  });
  const line = paragraphStyle;
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, language: { value: "fr-FR" } },
        paragraph: { spacing: { after: 120, line: 264 } },
      },
      heading1: {
        run: { font: FONT, size: 24, bold: true, color: "000091" },
        paragraph: { spacing: { before: 300, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: heading(22, true, 180, 1),
      heading3: heading(22, false, 80, 2),
      heading4: heading(21, false, 60, 3),
    },
    paragraphStyles: [
      line("StateBlock", "Bloc État", { bold: true, size: 24, allCaps: true }),
      // An image line: its height is the image's (auto rule), never a fixed text line that clips it.
      line("BlocMarque", "Bloc-marque", {}, { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } }),
      line("IssuingService", "Service émetteur", { bold: true, size: 17 }),
      line("ContactBlock", "Affaire suivie par", { size: 16 }),
      line("PlaceDate", "Lieu et date", {}, { indent: { left: RIGHT_COLUMN }, spacing: { before: 240, after: 360 } }),
      line("Addressee", "Destinataires", {}, { indent: { left: RIGHT_COLUMN } }),
      line("Subject", "Objet", {}, { spacing: { before: 480, after: 360 }, indent: { left: cm(1.6), hanging: cm(1.6) } }),
      line("MeetingWhen", "Date de la séance", { bold: true, size: 24 }, { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 60 } }),
      line("MeetingWhere", "Lieu de la séance", { bold: true }, { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 240 } }),
      line("AgendaDetail", "Détail de l'ordre du jour", { italics: true, size: 20 }, { spacing: { before: 0, after: 20 } }),
      line("Signature", "Signature", {}, { indent: { left: RIGHT_COLUMN }, keepNext: true, keepLines: true }),
      line("FooterText", "Pied de page", { size: 16, color: "444444" }, { alignment: AlignmentType.CENTER }),
    ],
  };
}

const p = (style: string, text: string, extra: ConstructorParameters<typeof Paragraph>[0] & object = {}) =>
  new Paragraph({ style, children: [new TextRun(text)], ...extra });

/** Pixels (96 per inch) of the bloc-marque images: the DSFR's proportions to a 12 pt name. */
const EMBLEM_WIDTH = 48;
const MOTTO_WIDTH = 46;

/**
 * An artwork as a high-resolution PNG (about 9 times the printed size). Not SVG: LibreOffice,
 * which many prefectures edit with, draws the emblem's paths incompletely.
 */
function artworkImage(art: Artwork, png: Buffer, width: number, alt: string, name: string) {
  return new ImageRun({
    type: "png",
    data: png,
    transformation: { width, height: Math.round((width * art.height) / art.width) },
    altText: { name, title: alt, description: alt },
  });
}

/**
 * The bloc-marque, top left: the Marianne emblem, the prefecture's name ("PRÉFET / DE LA
 * VIENNE") as text (searchable, editable), the motto in its lettering.
 */
function letterhead(data: MeetingDocumentData): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({
      style: "BlocMarque",
      spacing: { before: 0, after: 80 },
      children: [artworkImage(EMBLEM, EMBLEM_PNG, EMBLEM_WIDTH, EMBLEM_ALT, "Marianne")],
    }),
    ...stateHeaderLines(data.prefecture.stateHeader).map((l) => p("StateBlock", l)),
    new Paragraph({
      style: "BlocMarque",
      spacing: { before: 80, after: 240 },
      children: [artworkImage(MOTTO, MOTTO_PNG, MOTTO_WIDTH, MOTTO_ALT, "Devise")],
    }),
    ...issuingServiceLines(data.issuingService).map((l) => p("IssuingService", l)),
  ];
  const contact = contactLines(data.contact);
  if (contact) {
    out.push(p("ContactBlock", contact.name, { spacing: { before: 160, after: 0 } }));
    if (contact.role) out.push(p("ContactBlock", contact.role));
    if (contact.phone) out.push(p("ContactBlock", contact.phone));
    if (contact.email && data.contact?.email) {
      out.push(
        new Paragraph({
          style: "ContactBlock",
          children: [
            new TextRun("Mél : "),
            new ExternalHyperlink({
              link: `mailto:${data.contact.email}`,
              children: [new TextRun({ text: data.contact.email, style: "Hyperlink" })],
            }),
          ],
        }),
      );
    }
  }
  out.push(p("PlaceDate", issuedLine(data)));
  return out;
}

/** Width of the number column for items at one depth, from their longest number. */
function numberWidths(items: readonly DocumentAgendaItem[]): number[] {
  const longest: number[] = [];
  const walk = (list: readonly DocumentAgendaItem[], depth: number) => {
    for (const item of list) {
      longest[depth] = Math.max(longest[depth] ?? 0, item.number.trim().length);
      walk(item.children, depth + 1);
    }
  };
  walk(items, 0);
  return longest.map((len) => Math.max(cm(0.9), cm(0.35 + 0.21 * len)));
}

function agendaParagraphs(items: readonly DocumentAgendaItem[]): Paragraph[] {
  const widths = numberWidths(items);
  const walk = (list: readonly DocumentAgendaItem[], depth: number, start: number): Paragraph[] =>
    list.flatMap((item) => {
      const width = widths[depth] ?? cm(0.9);
      const textStart = start + width;
      const number = item.number.trim();
      const heading = new Paragraph({
        heading: HEADINGS[Math.min(depth, HEADINGS.length - 1)],
        indent: number ? { left: textStart, hanging: width } : { left: start },
        tabStops: [{ type: TabStopType.LEFT, position: textStart }],
        children: number
          ? [new TextRun(number), new TextRun({ children: ["\t", item.title] })]
          : [new TextRun(item.title)],
      });
      const details = agendaItemDetails(item).map(
        (d) => new Paragraph({ style: "AgendaDetail", indent: { left: number ? textStart : start }, children: [new TextRun(d)] }),
      );
      return [heading, ...details, ...walk(item.children, depth + 1, number ? textStart : start)];
    });
  return walk(items, 0, 0);
}

function participantList(data: MeetingDocumentData): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: "Liste des destinataires" }),
  ];
  for (const group of groupByCollege(data.participants)) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: group.title }));
    for (const member of group.participants) {
      const detail = participantDetail(member);
      const children: ParagraphChild[] = [new TextRun({ text: member.name, bold: true })];
      if (detail) children.push(new TextRun(`, ${detail}`));
      out.push(new Paragraph({ bullet: { level: 0 }, spacing: { after: 40 }, children }));
    }
  }
  return out;
}

export async function renderConvocationDocx(
  data: MeetingDocumentData,
  options: ConvocationOptions = {},
): Promise<Buffer> {
  const withList = (options.includeParticipantList ?? true) && data.participants.length > 0;
  const signature = meetingSignature(data);
  const where = meetingWhereLine(data.meeting);
  const mode = modeSentence(data.meeting);
  const end = endSentence(data.meeting);

  const body: Paragraph[] = [
    ...letterhead(data),
    p("Addressee", addresseeLine(data)),
    ...(withList ? [p("Addressee", "(liste des destinataires in fine)")] : []),
    new Paragraph({
      style: "Subject",
      children: [new TextRun({ text: "Objet :", bold: true }), new TextRun({ children: ["\t", convocationSubject(data)] })],
      tabStops: [{ type: TabStopType.LEFT, position: cm(1.6) }],
    }),
    new Paragraph({ text: "Mesdames, Messieurs," }),
    new Paragraph({ text: invitationSentence(data), alignment: AlignmentType.JUSTIFIED }),
    p("MeetingWhen", meetingWhen(data.meeting), where ? {} : { spacing: { before: 120, after: 240 } }),
    ...(where ? [p("MeetingWhere", where)] : []),
    ...(mode ? [new Paragraph({ text: mode, alignment: AlignmentType.JUSTIFIED })] : []),
    ...(end ? [new Paragraph({ text: end })] : []),
    new Paragraph({ text: "L'ordre du jour de cette séance est le suivant :" }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: "Ordre du jour" }),
    ...agendaParagraphs(data.agenda),
    new Paragraph({ text: replySentence(data), alignment: AlignmentType.JUSTIFIED, spacing: { before: 360, after: 120 } }),
    new Paragraph({ text: CLOSING_FORMULA, alignment: AlignmentType.JUSTIFIED, keepNext: true }),
    ...signature.lines.map((l, i) => p("Signature", l, i === 0 ? { spacing: { before: 360, after: 0 } } : {})),
    // Room for the handwritten or electronic signature.
    p("Signature", "", { spacing: { before: 0, after: 1100 } }),
    ...(signature.name ? [p("Signature", signature.name)] : []),
    ...(withList ? participantList(data) : []),
  ];

  const title = convocationTitle(data);
  const doc = new Document({
    title,
    subject: `Convocation du ${COMMITTEE_KIND_LABELS[data.committee.kind].toLowerCase()} ${prefectureOf(data.prefecture)}`,
    description: `Convocation à la séance du ${meetingWhen(data.meeting)}, avec l'ordre du jour.`,
    creator: `Préfecture ${prefectureOf(data.prefecture)}`,
    lastModifiedBy: `Préfecture ${prefectureOf(data.prefecture)}`,
    keywords: `convocation; ${data.committee.name}; ordre du jour`,
    styles: styles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: cm(2), bottom: cm(2), left: cm(2.5), right: cm(2), header: cm(1), footer: cm(1) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: "FooterText",
                children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: "word/fontTable.xml", data: FONT_TABLE }]);
}
