import { renderAttendanceSheetPdf } from "@/lib/exports";
import { documentBaseName, meetingDocumentRoute } from "@/lib/meetings";

export const GET = meetingDocumentRoute(async (data) => ({
  body: await renderAttendanceSheetPdf(data),
  fileName: `${documentBaseName("feuille-emargement", data)}.pdf`,
  contentType: "application/pdf",
}));
