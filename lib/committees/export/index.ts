/** Public entry of the members export (CSV and XLSX, the import's own columns). */
export { MEMBERS_EXPORT_HEADERS, membersToCsv, membersToXlsx, type MemberExportRow } from "./members-export";
