import { renderConvocationPdf } from "@/lib/exports/convocation-pdf";
import { documentBaseName, meetingDocumentRoute } from "@/lib/meetings/export-routes";

export const GET = meetingDocumentRoute(async (data) => ({
  body: await renderConvocationPdf(data),
  fileName: `${documentBaseName("convocation", data)}.pdf`,
  contentType: "application/pdf",
}));
