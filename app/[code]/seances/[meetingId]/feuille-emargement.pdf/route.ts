import { renderAttendanceSheetPdf } from "@/lib/exports/attendance-sheet-pdf";
import { documentBaseName, meetingDocumentRoute } from "@/lib/meetings/export-routes";

export const GET = meetingDocumentRoute(async (data) => ({
  body: await renderAttendanceSheetPdf(data),
  fileName: `${documentBaseName("feuille-emargement", data)}.pdf`,
  contentType: "application/pdf",
}));
