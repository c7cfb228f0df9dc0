/**
 * Meeting documents, each a pure function of MeetingDocumentData (lib/meetings/document-data.ts):
 * convocation as DOCX (`docx`) and PDF (@react-pdf/renderer, loaded by dynamic import since it
 * is ESM-only), attendance sheet as PDF, the meeting as an .ics file (`ics`). This barrel only
 * re-exports; importing it does not load @react-pdf/renderer until a PDF is rendered.
 */
export { renderConvocationDocx, type ConvocationOptions } from "./convocation-docx";
export { renderConvocationPdf } from "./convocation-pdf";
export { renderAttendanceSheetPdf, type AttendanceSheetOptions } from "./attendance-sheet-pdf";
export { meetingIcsUid, renderMeetingIcs, type MeetingIcsOptions } from "./ics";
export { renderMinutesDocx } from "./minutes-docx";
export { renderMinutesPdf } from "./minutes-pdf";
/** The file name of a meeting document, on the meeting's Paris day (mail attachments, route downloads). */
export { documentFileBase } from "./format";
/** The yearly results report of a prefecture (bilan annuel des indicateurs), as a PDF. */
export { renderYearlyReportPdf, type YearlyReportPdfData } from "./yearly-report-pdf";
