/**
 * The attendance sheet (feuille d'émargement) of a meeting, to print and sign on paper: State
 * block and meeting details, then a table by college (Nom, Fonction / organisme, Signature)
 * whose column headings repeat on every page, "Page n / N" in the footer, and blank rows at the
 * end for unexpected participants. Same library and loader as the convocation PDF
 * (@react-pdf/renderer, dynamic import — see convocation-pdf.tsx): flowing rows with automatic
 * page breaks are what a signature table needs.
 */
import type { ReactNode } from "react";
import { prefectureOf } from "@/lib/format";
import type { DocumentParticipant, MeetingDocumentData } from "@/lib/meetings";
import {
  attendanceSheetTitle,
  groupByCollege,
  meetingTitle,
  meetingWhen,
  meetingWhereLine,
  participantDetail,
} from "./format";
import {
  BLUE_FRANCE,
  CM,
  type PdfKit,
  type PdfStyle,
  baseStyles,
  documentProps,
  loadReactPdf,
  pageFooter,
  pageStyle,
  pdfKit,
  stateBlock,
} from "./convocation-pdf";
import { COMMITTEE_KIND_LABELS } from "@/lib/committees/vocabulary";

export interface AttendanceSheetOptions {
  /** Blank rows at the end for participants not on the list (default 6). */
  blankRows?: number;
}

const BORDER = "#3a3a3a";
const COLUMNS = { name: "31%", detail: "37%", signature: "32%" } as const;
/** Tall enough to sign in. */
const ROW_HEIGHT = 1.25 * CM;

const s = {
  page: { ...baseStyles.page, paddingTop: 1.5 * CM, paddingBottom: 1.8 * CM, paddingLeft: 1.5 * CM, paddingRight: 1.5 * CM },
  header: { flexDirection: "row", marginBottom: 14 },
  headerLeft: { width: "42%" },
  headerRight: { width: "58%", paddingLeft: 12 },
  title: { fontWeight: "bold", fontSize: 16, color: BLUE_FRANCE, marginBottom: 4 },
  committee: { fontWeight: "bold", fontSize: 11 },
  info: { fontSize: 10 },
  infoLabel: { fontWeight: "bold" },
  notice: { fontSize: 8.5, fontStyle: "italic", color: "#444444", marginTop: 6 },
  tableHead: {
    flexDirection: "row",
    backgroundColor: "#dddde8",
    borderTop: `1pt solid ${BORDER}`,
    borderLeft: `1pt solid ${BORDER}`,
  },
  headCell: { fontWeight: "bold", fontSize: 9.5, paddingVertical: 4, paddingHorizontal: 5, borderRight: `1pt solid ${BORDER}`, borderBottom: `1pt solid ${BORDER}` },
  collegeRow: {
    backgroundColor: "#f2f2f7",
    borderLeft: `1pt solid ${BORDER}`,
    borderRight: `1pt solid ${BORDER}`,
    borderBottom: `1pt solid ${BORDER}`,
    paddingVertical: 3,
    paddingHorizontal: 5,
  },
  collegeText: { fontWeight: "bold", fontSize: 9.5 },
  row: { flexDirection: "row", minHeight: ROW_HEIGHT, borderLeft: `1pt solid ${BORDER}` },
  cell: { paddingVertical: 3, paddingHorizontal: 5, borderRight: `1pt solid ${BORDER}`, borderBottom: `1pt solid ${BORDER}` },
  nameText: { fontWeight: "bold", fontSize: 9.5 },
  detailText: { fontSize: 8.5 },
  footer: { ...baseStyles.footer, left: 1.5 * CM, right: 1.5 * CM },
} satisfies Record<string, PdfStyle>;

function info(kit: PdfKit, label: string, value: string, key: string): ReactNode {
  const { R } = kit;
  return (
    <R.View key={key} style={{ flexDirection: "row" }}>
      {kit.text([s.info, s.infoLabel, { width: 70 }], label)}
      {kit.text([s.info, { flex: 1 }], value)}
    </R.View>
  );
}

function header(kit: PdfKit, data: MeetingDocumentData): ReactNode {
  const { R, text } = kit;
  const where = meetingWhereLine(data.meeting);
  return (
    <R.View style={s.header}>
      <R.View style={s.headerLeft}>{stateBlock(kit, data)}</R.View>
      <R.View style={s.headerRight}>
        {text(s.title, "Feuille d'émargement")}
        {text([s.committee, { marginBottom: 6 }], `${COMMITTEE_KIND_LABELS[data.committee.kind]} ${prefectureOf(data.prefecture)}`)}
        {info(kit, "Séance du", meetingWhen(data.meeting), "when")}
        {where ? info(kit, ["IN_PERSON", "HYBRID"].includes(data.meeting.mode) ? "Lieu" : "Modalité", where, "where") : null}
        {data.meeting.chair ? info(kit, "Présidence", data.meeting.chair, "chair") : null}
        {text(s.notice, "Merci de signer en face de votre nom ; les personnes qui ne figurent pas sur la liste s'inscrivent sur les lignes libres en fin de tableau.")}
      </R.View>
    </R.View>
  );
}

function row(kit: PdfKit, p: DocumentParticipant | null, key: string): ReactNode {
  const { R, text } = kit;
  const detail = p ? participantDetail(p) : "";
  return (
    <R.View key={key} style={s.row} wrap={false}>
      <R.View style={[s.cell, { width: COLUMNS.name }]}>{p ? text(s.nameText, p.name) : null}</R.View>
      <R.View style={[s.cell, { width: COLUMNS.detail }]}>{detail ? text(s.detailText, detail) : null}</R.View>
      <R.View style={[s.cell, { width: COLUMNS.signature }]} />
    </R.View>
  );
}

function collegeRow(kit: PdfKit, title: string, key: string): ReactNode {
  const { R, text } = kit;
  // Never alone at the bottom of a page: keep room for at least one row after it.
  return (
    <R.View key={key} style={s.collegeRow} wrap={false} minPresenceAhead={ROW_HEIGHT}>
      {text(s.collegeText, title)}
    </R.View>
  );
}

function sheet(kit: PdfKit, data: MeetingDocumentData, options: AttendanceSheetOptions) {
  const { R, text } = kit;
  const blankRows = Math.max(0, options.blankRows ?? 6);
  return (
    <R.Document {...documentProps(data, attendanceSheetTitle(data), "Feuille d'émargement")}>
      <R.Page size="A4" style={pageStyle(s.page)}>
        {header(kit, data)}
        {/* fixed: repeated at the top of the table on every page */}
        <R.View style={s.tableHead} fixed>
          {text([s.headCell, { width: COLUMNS.name }], "Nom")}
          {text([s.headCell, { width: COLUMNS.detail }], "Fonction / organisme")}
          {text([s.headCell, { width: COLUMNS.signature }], "Signature")}
        </R.View>
        {groupByCollege(data.participants).map((group, g) => [
          collegeRow(kit, group.title, `c${g}`),
          ...group.participants.map((p, i) => row(kit, p, `p${g}-${i}`)),
        ])}
        {blankRows > 0
          ? [
              collegeRow(kit, "Participants non inscrits sur la liste", "blank"),
              ...Array.from({ length: blankRows }, (_, i) => row(kit, null, `b${i}`)),
            ]
          : null}
        {pageFooter(kit, `Feuille d'émargement — ${meetingTitle(data)} — ${meetingWhen(data.meeting)}`, "right", s.footer)}
      </R.Page>
    </R.Document>
  );
}

export async function renderAttendanceSheetPdf(
  data: MeetingDocumentData,
  options: AttendanceSheetOptions = {},
): Promise<Buffer> {
  const R = await loadReactPdf();
  return R.renderToBuffer(sheet(pdfKit(R), data, options));
}
