/**
 * The minutes (compte rendu or relevé de conclusions) as a PDF: the same content, wording and
 * order as the DOCX (minutes-docx.ts holds the shared wording), from the same MinutesDocument.
 * Same machinery as the convocation PDF (convocation-pdf.tsx): @react-pdf/renderer loaded on
 * first use, Marianne in its four faces, the bloc-marque drawn as vector paths.
 *
 * Accessibility: react-pdf writes no structure tree (no tagged PDF), so what it allows is done
 * instead — title, author, subject and language ("fr-FR") in the metadata, real text in a real
 * font (searchable, copyable, read aloud), and one bookmark per heading (attendance groups,
 * agenda, sections, annexes) so the document outline gives the navigation headings would; the
 * viewer opens with that outline shown.
 */
import type { ReactNode } from "react";
import { prefectureOf } from "@/lib/format";
import type { MinutesDocument, MinutesFollowUp, MinutesSectionModel } from "@/lib/minutes/domain";
import { isEmptyDocument } from "@/lib/rich-text/document";
import { EMBLEM, MOTTO } from "./brand";
import { BLUE_FRANCE, CM, type PdfKit, type PdfStyle, artwork, baseStyles, loadReactPdf, pageStyle, pdfKit } from "./convocation-pdf";
import { issuingServiceLines, pdfSafe, stateHeaderLines } from "./format";
import {
  CONCLUSIONS_LABEL,
  NO_QUESTIONS_LINE,
  type MinutesExportOptions,
  agendaNumberWidth,
  answerLead,
  attendanceDetail,
  flattenAgenda,
  followUpBlocks,
  followUpOf,
  interventionLead,
  isConclusionsOnly,
  meetingLine,
  minutesContactLines,
  minutesShortTitle,
  numberedTitle,
  withCoverLetter,
} from "./minutes-docx";
import { richTextPdf, richTextStyles } from "./rich-text-pdf";

const RIGHT_COLUMN = 8.5 * CM;
const noHyphenation = (word: string) => [word];

const s = {
  // Header and footer are the page layout's, inside these margins (see pageLayout).
  page: { ...baseStyles.page, paddingTop: 1 * CM, paddingBottom: 1 * CM },
  contactFirst: { ...baseStyles.contact, marginTop: 10 },
  placeDate: { marginLeft: RIGHT_COLUMN, marginTop: 14, marginBottom: 16 },
  title: { fontWeight: "bold", fontSize: 14, lineHeight: 1.3, color: BLUE_FRANCE, marginTop: 10, marginBottom: 6 },
  correction: { fontWeight: "bold", fontStyle: "italic", color: "#ce0500", marginBottom: 6 },
  meetingLine: { fontWeight: "bold", marginBottom: 3 },
  heading2: { fontWeight: "bold", fontSize: 12, lineHeight: 1.3, color: BLUE_FRANCE, marginTop: 14, marginBottom: 5 },
  heading3: { fontWeight: "bold", fontSize: 11, lineHeight: 1.3, marginTop: 9, marginBottom: 4 },
  presentation: { fontStyle: "italic", marginBottom: 5 },
  attendanceRow: { flexDirection: "row", marginBottom: 1.5 },
  bullet: { width: 12 },
  agendaRow: { flexDirection: "row", marginBottom: 2 },
  intervention: { marginTop: 4, marginBottom: 3, textAlign: "justify" },
  answer: { marginLeft: 0.75 * CM, marginBottom: 3, textAlign: "justify" },
  conclusionsLabel: { fontWeight: "bold", color: BLUE_FRANCE, marginTop: 6, marginBottom: 2 },
  paragraph: { marginBottom: 5, textAlign: "justify" },
  signature: { marginLeft: RIGHT_COLUMN },
  subjectRow: { flexDirection: "row", marginTop: 20, marginBottom: 16 },
  subjectLabel: { width: 1.6 * CM, fontWeight: "bold" },
  header: { height: 1 * CM, fontSize: 8, lineHeight: 1.2, color: "#555555", textAlign: "right" },
  footer: { height: 1 * CM, paddingTop: 0.4 * CM, fontSize: 8, color: "#555555", textAlign: "center" },
} satisfies Record<string, PdfStyle>;

/**
 * react-pdf draws a `bookmark` on any element (the PDF outline), though its types declare it on
 * <Page> only: passed by spread, which the JSX typing does not check for excess props.
 */
function bookmarkProps(title: string): object {
  return { bookmark: { title: pdfSafe(title), fit: true } };
}

/** A heading the PDF outline lists (react-pdf's bookmark: what stands in for tagged headings). */
function heading(kit: PdfKit, style: PdfStyle, text: string, key?: string | number): ReactNode {
  const { R } = kit;
  // Kept with what follows: a heading never ends a page alone.
  return (
    <R.View key={key} minPresenceAhead={36} {...bookmarkProps(text)}>
      {kit.text(style, text)}
    </R.View>
  );
}

function letterhead(kit: PdfKit, document: MinutesDocument): ReactNode {
  const { R, text } = kit;
  const contact = minutesContactLines(document);
  return (
    <R.View>
      <R.View style={{ marginBottom: 5 }}>{artwork(kit, EMBLEM, 36)}</R.View>
      {stateHeaderLines(document.prefecture.stateHeader).map((l, i) => text(baseStyles.stateLine, l, `h${i}`))}
      <R.View style={{ marginTop: 5, marginBottom: 12 }}>{artwork(kit, MOTTO, 34.5)}</R.View>
      {issuingServiceLines(document.issuingService).map((l, i) => text(baseStyles.service, l, `s${i}`))}
      {contact.map((l, i) => text(i === 0 ? s.contactFirst : baseStyles.contact, l, `c${i}`))}
      {document.issuedLine ? text(s.placeDate, document.issuedLine) : <R.View style={{ height: 12 }} />}
    </R.View>
  );
}

function signature(kit: PdfKit, document: MinutesDocument): ReactNode {
  const { R, text } = kit;
  const sig = document.signatory;
  if (!sig) return null;
  return (
    <R.View style={[s.signature, { marginTop: 18 }]} wrap={false}>
      {[sig.delegation, sig.title].filter((l): l is string => !!l).map((l, i) => text(undefined, l, i))}
      <R.View style={{ height: 50 }} />
      {text(undefined, sig.name)}
    </R.View>
  );
}

function coverLetter(kit: PdfKit, document: MinutesDocument): ReactNode {
  const { R, text } = kit;
  const lines = (document.coverLetter?.text ?? "").split(/\r?\n/u).map((l) => l.trim()).filter(Boolean);
  return (
    <R.View>
      {letterhead(kit, document)}
      <R.View style={s.subjectRow}>
        {text(s.subjectLabel, "Objet :")}
        {text({ flex: 1 }, document.title)}
      </R.View>
      {lines.map((l, i) => text(s.paragraph, l, i))}
      {signature(kit, document)}
    </R.View>
  );
}

function attendance(kit: PdfKit, document: MinutesDocument): ReactNode[] {
  const { R, text } = kit;
  return document.attendance.map((group, g) => (
    <R.View key={`a${g}`}>
      {heading(kit, s.heading2, group.heading)}
      {group.colleges.map((college, c) => (
        <R.View key={c}>
          {college.heading ? heading(kit, s.heading3, college.heading) : null}
          {college.lines.map((line, i) => (
            <R.View key={i} style={s.attendanceRow} wrap={false}>
              {text(s.bullet, "•")}
              <R.Text style={[{ fontSize: 10.5, lineHeight: 1.35 }, { flex: 1 }]} hyphenationCallback={noHyphenation}>
                <R.Text style={{ fontWeight: "bold" }}>{pdfSafe(line.name)}</R.Text>
                {pdfSafe(attendanceDetail(line))}
              </R.Text>
            </R.View>
          ))}
        </R.View>
      ))}
    </R.View>
  ));
}

function agenda(kit: PdfKit, document: MinutesDocument): ReactNode {
  const { R, text } = kit;
  if (document.agenda.length === 0) return null;
  return (
    <R.View>
      {heading(kit, s.heading2, "Ordre du jour")}
      {flattenAgenda(document.agenda).map(({ entry, depth }, i) => {
        const style = depth === 0 ? { fontWeight: "bold" as const } : {};
        return (
          <R.View key={i} style={[s.agendaRow, { marginLeft: 0.9 * CM * depth }]} wrap={false}>
            {entry.number.trim() ? text([{ width: agendaNumberWidth(document.agenda) * CM }, style], entry.number.trim()) : null}
            {text([{ flex: 1 }, style], entry.title)}
          </R.View>
        );
      })}
    </R.View>
  );
}

function interventions(kit: PdfKit, section: MinutesSectionModel): ReactNode[] {
  const { R } = kit;
  const line = (style: PdfStyle, lead: string, body: string, leadStyle: PdfStyle, key: string) => (
    <R.Text key={key} style={[{ fontSize: 10.5, lineHeight: 1.35 }, style]} hyphenationCallback={noHyphenation}>
      <R.Text style={leadStyle}>{pdfSafe(lead)}</R.Text>
      {pdfSafe(` ${body}`)}
    </R.Text>
  );
  return section.interventions.map((intervention) => (
    <R.View key={intervention.id}>
      {line(s.intervention, interventionLead(intervention), intervention.text, { fontWeight: "bold" }, "q")}
      {intervention.answers.map((answer, i) =>
        line(s.answer, answerLead(answer.responder), answer.text, { fontWeight: "bold", fontStyle: "italic" }, `a${i}`),
      )}
    </R.View>
  ));
}

function followUp(kit: PdfKit, f: MinutesFollowUp | null): ReactNode {
  if (!f) return null;
  const { R, text } = kit;
  return (
    <R.View>
      {followUpBlocks(f).map((b, i) =>
        b.kind === "heading" ? (
          <R.View key={i} minPresenceAhead={24}>
            {heading(kit, s.heading3, b.text)}
          </R.View>
        ) : b.kind === "intro" ? (
          text([s.paragraph, { fontStyle: "italic" }], b.text, i)
        ) : (
          <R.View key={i} style={s.attendanceRow} wrap={false}>
            {text(s.bullet, "•")}
            <R.Text style={[{ fontSize: 10.5, lineHeight: 1.35 }, { flex: 1 }]} hyphenationCallback={noHyphenation}>
              <R.Text style={{ fontWeight: "bold" }}>{pdfSafe(b.lead)}</R.Text>
              {pdfSafe(b.text)}
            </R.Text>
          </R.View>
        ),
      )}
    </R.View>
  );
}

function sections(kit: PdfKit, document: MinutesDocument): ReactNode[] {
  const { R, text } = kit;
  const conclusionsOnly = isConclusionsOnly(document);
  const body: PdfStyle = { ...richTextStyles.paragraph };
  const trailing = followUpOf(document, null);
  const after = trailing ? [
    <R.View key="follow-up">
      {heading(kit, s.heading2, "Suivi du plan d'actions")}
      {followUp(kit, trailing)}
    </R.View>,
  ] : [];
  return [...document.sections.map((section) => (
    <R.View key={section.id}>
      {heading(kit, section.depth === 1 ? s.heading2 : s.heading3, numberedTitle(section.number, section.title))}
      {!conclusionsOnly && section.presentation ? text(s.presentation, section.presentation) : null}
      {!conclusionsOnly ? richTextPdf(kit, section.body, body) : null}
      {!conclusionsOnly ? interventions(kit, section) : null}
      {!conclusionsOnly && section.noQuestions && section.interventions.length === 0 ? text(s.paragraph, NO_QUESTIONS_LINE) : null}
      {followUp(kit, followUpOf(document, section.id))}
      {!isEmptyDocument(section.conclusions) ? (
        <R.View>
          {!conclusionsOnly ? <R.View minPresenceAhead={24}>{text(s.conclusionsLabel, CONCLUSIONS_LABEL)}</R.View> : null}
          {richTextPdf(kit, section.conclusions, body)}
        </R.View>
      ) : null}
    </R.View>
  )), ...after];
}

function minutesPdf(kit: PdfKit, document: MinutesDocument, options: MinutesExportOptions) {
  const { R, text } = kit;
  const cover = withCoverLetter(document, options);
  const shortTitle = minutesShortTitle(document);
  const draft = document.status === "DRAFT" || document.status === "IN_REVIEW";
  const { closingLine, closingText, nextSession } = document.closing;
  const closing = [closingLine, closingText, nextSession].filter((l): l is string => !!l?.trim()).flatMap((l) => l.split(/\r?\n/u).filter((x) => x.trim()));
  // The page template of react-pdf's new pagination engine (measured once, then packed: about
  // twice as fast as the default engine on a long compte rendu): the running header on every
  // page but the first, which has the bloc-marque; "Page n sur N" at the bottom of each.
  const pageLayout = ({ children, pageNumber = 1, totalPages }: { children: ReactNode; pageNumber?: number; totalPages?: number }) => (
    <R.View style={{ flexGrow: 1 }}>
      {pageNumber > 1 ? text(s.header, shortTitle) : <R.View style={{ height: s.header.height }} />}
      <R.View style={{ flexGrow: 1 }}>{children}</R.View>
      <R.Text style={s.footer}>{`Page ${pageNumber} sur ${totalPages ?? pageNumber}`}</R.Text>
    </R.View>
  );
  return (
    <R.Document
      title={pdfSafe(document.title)}
      author={`Préfecture ${prefectureOf(document.prefecture)}`}
      subject={pdfSafe(shortTitle)}
      keywords={pdfSafe(`${isConclusionsOnly(document) ? "relevé de conclusions" : "compte rendu"}, ${document.committee.name}`)}
      creator="Portail des comités locaux des usagers"
      producer="Portail des comités locaux des usagers (@react-pdf/renderer)"
      language="fr-FR"
      pageMode="useOutlines"
    >
      <R.Page size="A4" style={pageStyle(s.page)} layout={pageLayout}>
        {cover ? coverLetter(kit, document) : letterhead(kit, document)}
        <R.View break={cover} {...bookmarkProps(document.title)}>
          {text(s.title, document.title)}
        </R.View>
        {document.correction ? text(s.correction, document.correction.line) : null}
        {draft ? text(s.correction, "Projet — document non validé") : null}
        {document.reference ? (
          <R.Text style={{ fontSize: 10.5, lineHeight: 1.35, marginBottom: 3 }} hyphenationCallback={noHyphenation}>
            <R.Text style={{ fontWeight: "bold" }}>Référence : </R.Text>
            {pdfSafe(document.reference)}
          </R.Text>
        ) : null}
        {text(s.meetingLine, meetingLine(document))}
        {document.chair ? (
          <R.Text style={{ fontSize: 10.5, lineHeight: 1.35, marginBottom: 6 }} hyphenationCallback={noHyphenation}>
            <R.Text style={{ fontWeight: "bold" }}>Présidence : </R.Text>
            {pdfSafe(document.chair)}
          </R.Text>
        ) : null}
        {attendance(kit, document)}
        {agenda(kit, document)}
        {sections(kit, document)}
        {closing.length ? <R.View style={{ marginTop: 12 }}>{closing.map((l, i) => text(s.paragraph, l, i))}</R.View> : null}
        {signature(kit, document)}
        {document.annexes.length ? (
          // A short list: kept whole, with its heading.
          <R.View wrap={false}>
            {heading(kit, s.heading2, document.annexes.length > 1 ? "Annexes" : "Annexe")}
            {document.annexes.map((a, i) => (
              <R.View key={i} style={s.attendanceRow}>
                {text(s.bullet, "•")}
                {text({ flex: 1 }, a)}
              </R.View>
            ))}
          </R.View>
        ) : null}
      </R.Page>
    </R.Document>
  );
}

export async function renderMinutesPdf(document: MinutesDocument, options: MinutesExportOptions = {}): Promise<Buffer> {
  const R = await loadReactPdf();
  return R.renderToBuffer(minutesPdf(pdfKit(R), document, options));
}
