/**
 * The convocation as a PDF, with the same wording and layout as the DOCX (lib/exports/format.ts
 * holds the sentences), plus the PDF pieces the attendance sheet shares (loader, State block,
 * footer, text without English hyphenation).
 *
 * Built with @react-pdf/renderer: pure JavaScript (no browser), flowing text and automatic page
 * breaks, in Marianne from the DSFR package (lib/exports/fonts.ts; Helvetica if the files are
 * missing), with the bloc-marque drawn as vector paths (lib/exports/brand.ts). The package is ESM-only and cannot be `require`d (tsx runs this project's
 * scripts as CommonJS), so it is loaded with a dynamic `import()` on first use, which works from
 * CJS (tsx), ESM (Vitest) and Next.js route handlers alike; Next lists it in its built-in
 * `serverExternalPackages`, so the route handler loads it from node_modules unbundled.
 */
import type * as ReactPdfModule from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { prefectureOf } from "@/lib/format";
import type { DocumentAgendaItem, MeetingDocumentData } from "@/lib/meetings";
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
  pdfSafe,
  replySentence,
  meetingSignature,
  stateHeaderLines,
} from "./format";
import type { ConvocationOptions } from "./convocation-docx";
import { EMBLEM, MOTTO, type Artwork } from "./brand";
import { MARIANNE, marianneFiles } from "./fonts";
import { COMMITTEE_KIND_LABELS } from "@/lib/committees/vocabulary";

export type ReactPdf = typeof ReactPdfModule;
export type PdfStyle = ReactPdfModule.Styles[string];

let reactPdf: Promise<ReactPdf> | undefined;

/** The family every PDF text uses: Marianne once registered, Helvetica without the font files. */
let fontFamily = "Helvetica";

/**
 * @react-pdf/renderer, imported once (ESM-only: a static import breaks under tsx/CJS), with
 * Marianne registered from the DSFR's WOFF files (lib/exports/fonts.ts) in its four faces, so
 * bold and italic styles pick the real faces instead of a synthesised slant.
 */
export function loadReactPdf(): Promise<ReactPdf> {
  reactPdf ??= import("@react-pdf/renderer")
    .then((R) => {
      const files = marianneFiles();
      if (files) {
        R.Font.register({
          family: MARIANNE,
          fonts: [
            { src: files.regular, fontWeight: 400, fontStyle: "normal" },
            { src: files.bold, fontWeight: 700, fontStyle: "normal" },
            { src: files.italic, fontWeight: 400, fontStyle: "italic" },
            { src: files.boldItalic, fontWeight: 700, fontStyle: "italic" },
          ],
        });
        fontFamily = MARIANNE;
      }
      return R;
    })
    .catch((error: unknown) => {
      reactPdf = undefined;
      throw error;
    });
  return reactPdf;
}

/** Points per centimetre. */
export const CM = 28.3465;
export const BLUE_FRANCE = "#000091";
/** Where the right-hand column (date, addressees, signature) starts, as in the DOCX. */
const RIGHT_COLUMN = 8.5 * CM;

/**
 * Base of every text style. A unitless lineHeight is resolved against the fontSize of the same
 * style (react-pdf's default 18 pt when the size is only inherited), so both go together.
 */
const LINE_HEIGHT: PdfStyle = { fontSize: 10.5, lineHeight: 1.35 };

/** react-pdf hyphenates with English patterns by default: wrong for French, so never split words. */
const noHyphenation = (word: string) => [word];

export interface PdfKit {
  R: ReactPdf;
  /** A <Text> with French-safe text and no hyphenation. */
  text: (style: PdfStyle | PdfStyle[] | undefined, content: string, key?: string | number) => ReactNode;
}

export function pdfKit(R: ReactPdf): PdfKit {
  return {
    R,
    text: (style, content, key) => (
      <R.Text key={key} style={[LINE_HEIGHT, ...(Array.isArray(style) ? style : style ? [style] : [])]} hyphenationCallback={noHyphenation}>
        {pdfSafe(content)}
      </R.Text>
    ),
  };
}

export const baseStyles = {
  page: {
    // Replaced by the registered family at render time (pageStyle): the styles are built
    // before the font is known to be available.
    fontFamily: "Helvetica",
    fontSize: 10.5,
    // No lineHeight here: inherited by the "Page n / N" render text, it makes react-pdf drop
    // that text. Texts get theirs from pdfKit().text.
    color: "#161616",
    paddingTop: 2 * CM,
    paddingBottom: 2 * CM,
    paddingLeft: 2.5 * CM,
    paddingRight: 2 * CM,
  },
  stateLine: { fontWeight: "bold", fontSize: 11, lineHeight: 1.15, textTransform: "uppercase" },
  service: { fontWeight: "bold", fontSize: 8.5, lineHeight: 1.25 },
  contact: { fontSize: 8, lineHeight: 1.25 },
  footer: {
    position: "absolute",
    bottom: 0.9 * CM,
    left: 2 * CM,
    right: 2 * CM,
    fontSize: 8,
    color: "#555555",
  },
} satisfies Record<string, PdfStyle>;

/** A page style with the family actually available (Marianne, else Helvetica). */
export function pageStyle(style: PdfStyle): PdfStyle {
  return { ...style, fontFamily };
}

/** Points: the DSFR's bloc-marque proportions to an 11 pt name (as the DOCX at 12 pt). */
const EMBLEM_WIDTH = 36;
const MOTTO_WIDTH = 34.5;

/** An artwork drawn as vector paths (react-pdf's <Svg>: no <use>, hence the flattened paths). */
export function artwork(kit: PdfKit, art: Artwork, width: number, key?: string): ReactNode {
  const { R } = kit;
  const height = (width * art.height) / art.width;
  return (
    <R.Svg key={key} width={width} height={height} viewBox={`0 0 ${art.width} ${art.height}`}>
      {art.rects.map((r, i) => (
        <R.Rect key={`r${i}`} x={r.x} y={0} width={r.width} height={art.height} fill={r.fill} />
      ))}
      {art.paths.map((p, i) => (
        <R.G key={`p${i}`} transform={`translate(${p.x} ${p.y})`}>
          <R.Path d={p.d} fill={p.fill} />
        </R.G>
      ))}
    </R.Svg>
  );
}

/**
 * The bloc-marque top left (Marianne emblem, "PRÉFET / DE LA VIENNE", the motto in its
 * lettering), then the issuing service lines.
 */
export function stateBlock(kit: PdfKit, data: MeetingDocumentData): ReactNode {
  const { R, text } = kit;
  return (
    <R.View>
      <R.View style={{ marginBottom: 5 }}>{artwork(kit, EMBLEM, EMBLEM_WIDTH)}</R.View>
      {stateHeaderLines(data.prefecture.stateHeader).map((l, i) => text(baseStyles.stateLine, l, `h${i}`))}
      <R.View style={{ marginTop: 5, marginBottom: 12 }}>{artwork(kit, MOTTO, MOTTO_WIDTH)}</R.View>
      {issuingServiceLines(data.issuingService).map((l, i) => text(baseStyles.service, l, `s${i}`))}
    </R.View>
  );
}

/**
 * "Page 1 / 3" (and an optional label on the left) at the bottom of every page. Each is an
 * absolutely positioned fixed <Text> of its own: a `render` text nested in a row View gets no
 * width and disappears.
 */
export function pageFooter(
  kit: PdfKit,
  label: string | null,
  align: "center" | "right" = "right",
  style: PdfStyle = baseStyles.footer,
): ReactNode {
  const { R } = kit;
  return [
    label ? (
      <R.Text key="footer-label" style={[style, { right: 3 * CM }]} hyphenationCallback={noHyphenation} fixed>
        {pdfSafe(label)}
      </R.Text>
    ) : null,
    <R.Text
      key="footer-page"
      style={[style, { textAlign: align }]}
      render={({ pageNumber, totalPages }) => `Page ${pageNumber} / ${totalPages}`}
      fixed
    />,
  ];
}

export function documentProps(data: MeetingDocumentData, title: string, subject: string) {
  return {
    title: pdfSafe(title),
    author: `Préfecture ${prefectureOf(data.prefecture)}`,
    subject: pdfSafe(subject),
    keywords: pdfSafe(`${data.committee.name}, ${meetingWhen(data.meeting)}`),
    creator: "Portail des comités locaux des usagers",
    producer: "Portail des comités locaux des usagers (@react-pdf/renderer)",
    language: "fr-FR",
  };
}

const s = {
  contactFirst: { ...baseStyles.contact, marginTop: 10 },
  placeDate: { marginLeft: RIGHT_COLUMN, marginTop: 14, marginBottom: 20 },
  addressee: { marginLeft: RIGHT_COLUMN },
  subjectRow: { flexDirection: "row", marginTop: 26, marginBottom: 18 },
  subjectLabel: { width: 1.6 * CM, fontWeight: "bold" },
  subjectText: { flex: 1 },
  paragraph: { marginBottom: 6, textAlign: "justify" },
  when: { fontWeight: "bold", fontSize: 12, textAlign: "center", marginTop: 6 },
  where: { fontWeight: "bold", textAlign: "center", marginBottom: 12 },
  heading1: { fontWeight: "bold", fontSize: 12, color: BLUE_FRANCE, marginTop: 14, marginBottom: 6 },
  heading2: { fontWeight: "bold", fontSize: 10.5, marginTop: 8, marginBottom: 2 },
  itemRow: { flexDirection: "row" },
  itemText: { flex: 1 },
  itemTop: { fontWeight: "bold" },
  itemDetail: { fontStyle: "italic", fontSize: 9.5 },
  signature: { marginLeft: RIGHT_COLUMN },
  listItem: { flexDirection: "row", marginBottom: 2 },
  bullet: { width: 12 },
} satisfies Record<string, PdfStyle>;

function numberWidths(items: readonly DocumentAgendaItem[]): number[] {
  const longest: number[] = [];
  const walk = (list: readonly DocumentAgendaItem[], depth: number) => {
    for (const item of list) {
      longest[depth] = Math.max(longest[depth] ?? 0, item.number.trim().length);
      walk(item.children, depth + 1);
    }
  };
  walk(items, 0);
  return longest.map((len) => Math.max(0.9 * CM, (0.35 + 0.21 * len) * CM));
}

function agenda(kit: PdfKit, items: readonly DocumentAgendaItem[]): ReactNode {
  const { R, text } = kit;
  const widths = numberWidths(items);
  const walk = (list: readonly DocumentAgendaItem[], depth: number): ReactNode[] =>
    list.map((item, i) => {
      const number = item.number.trim();
      const titleStyle = depth === 0 ? s.itemTop : undefined;
      return (
        <R.View key={`${depth}-${i}`} style={{ marginTop: depth === 0 ? 7 : 3 }}>
          {/* the title line and its details stay together */}
          <R.View style={s.itemRow} wrap={false}>
            {number ? text({ width: widths[depth] ?? 0.9 * CM, fontWeight: depth === 0 ? "bold" : "normal" }, number) : null}
            <R.View style={s.itemText}>
              {text(titleStyle, item.title)}
              {agendaItemDetails(item).map((d, j) => text(s.itemDetail, d, j))}
            </R.View>
          </R.View>
          {item.children.length > 0 ? (
            <R.View style={{ marginLeft: number ? (widths[depth] ?? 0.9 * CM) : 0 }}>{walk(item.children, depth + 1)}</R.View>
          ) : null}
        </R.View>
      );
    });
  return <R.View>{walk(items, 0)}</R.View>;
}

function participantList(kit: PdfKit, data: MeetingDocumentData): ReactNode {
  const { R, text } = kit;
  return (
    <R.View break>
      {text(s.heading1, "Liste des destinataires")}
      {groupByCollege(data.participants).map((group, g) => (
        <R.View key={g}>
          <R.View minPresenceAhead={30}>{text(s.heading2, group.title)}</R.View>
          {group.participants.map((member, i) => {
            const detail = participantDetail(member);
            return (
              <R.View key={i} style={s.listItem} wrap={false}>
                {text(s.bullet, "•")}
                <R.Text style={[LINE_HEIGHT, { flex: 1 }]} hyphenationCallback={noHyphenation}>
                  <R.Text style={{ fontWeight: "bold" }}>{pdfSafe(member.name)}</R.Text>
                  {detail ? pdfSafe(`, ${detail}`) : ""}
                </R.Text>
              </R.View>
            );
          })}
        </R.View>
      ))}
    </R.View>
  );
}

function convocationDocument(kit: PdfKit, data: MeetingDocumentData, options: ConvocationOptions) {
  const { R, text } = kit;
  const withList = (options.includeParticipantList ?? true) && data.participants.length > 0;
  const contact = contactLines(data.contact);
  const where = meetingWhereLine(data.meeting);
  const mode = modeSentence(data.meeting);
  const end = endSentence(data.meeting);
  const signature = meetingSignature(data);
  return (
    <R.Document
      {...documentProps(
        data,
        convocationTitle(data),
        `Convocation du ${COMMITTEE_KIND_LABELS[data.committee.kind].toLowerCase()} ${prefectureOf(data.prefecture)}`,
      )}
    >
      <R.Page size="A4" style={pageStyle(baseStyles.page)}>
        {stateBlock(kit, data)}
        {contact ? (
          <R.View>
            {text(s.contactFirst, contact.name)}
            {contact.role ? text(baseStyles.contact, contact.role) : null}
            {contact.phone ? text(baseStyles.contact, contact.phone) : null}
            {contact.email ? text(baseStyles.contact, contact.email) : null}
          </R.View>
        ) : null}
        {text(s.placeDate, issuedLine(data))}
        {text(s.addressee, addresseeLine(data))}
        {withList ? text(s.addressee, "(liste des destinataires in fine)") : null}
        <R.View style={s.subjectRow}>
          {text(s.subjectLabel, "Objet :")}
          {text(s.subjectText, convocationSubject(data))}
        </R.View>
        {text(s.paragraph, "Mesdames, Messieurs,")}
        {text(s.paragraph, invitationSentence(data))}
        {text(where ? s.when : [s.when, { marginBottom: 12 }], meetingWhen(data.meeting))}
        {where ? text(s.where, where) : null}
        {mode ? text(s.paragraph, mode) : null}
        {end ? text(s.paragraph, end) : null}
        {text(s.paragraph, "L'ordre du jour de cette séance est le suivant :")}
        <R.View minPresenceAhead={40}>{text(s.heading1, "Ordre du jour")}</R.View>
        {agenda(kit, data.agenda)}
        {text([s.paragraph, { marginTop: 18 }], replySentence(data))}
        <R.View wrap={false}>
          {text(s.paragraph, CLOSING_FORMULA)}
          <R.View style={[s.signature, { marginTop: 18 }]}>
            {signature.lines.map((l, i) => text(undefined, l, i))}
            <R.View style={{ height: 55 }} />
            {signature.name ? text(undefined, signature.name) : null}
          </R.View>
        </R.View>
        {withList ? participantList(kit, data) : null}
        {/* last: a fixed `render` text placed first on the page is dropped by react-pdf */}
        {pageFooter(kit, null, "center")}
      </R.Page>
    </R.Document>
  );
}

export async function renderConvocationPdf(
  data: MeetingDocumentData,
  options: ConvocationOptions = {},
): Promise<Buffer> {
  const R = await loadReactPdf();
  return R.renderToBuffer(convocationDocument(pdfKit(R), data, options));
}
