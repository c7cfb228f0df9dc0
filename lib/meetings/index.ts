/**
 * Public entry of the meetings feature for pages, route handlers and other features, beside
 * actions.ts ("use server"), queries.ts, loaders.ts, schemas.ts, vocabulary.ts and domain/
 * (docs/architecture.md). Server side: it re-exports reads and route helpers that use the
 * database; a client component imports actions, schemas, vocabulary or domain instead, or only
 * `import type` from here.
 */
export { agendaView, type AgendaViewItem } from "./agenda-view";
export type { AttendanceSheetLine } from "./attendance-sheet";
export type { DocumentAgendaItem, DocumentParticipant, MeetingDocumentData } from "./document-data";
export { documentBaseName, documentTitle, meetingDocumentRoute } from "./export-routes";
export { findInvitation } from "./invitations";
