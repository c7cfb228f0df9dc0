import { renderConvocationPdf } from "@/lib/exports";
import { documentBaseName, meetingDocumentRoute } from "@/lib/meetings";

export const GET = meetingDocumentRoute(async (data) => ({
  body: await renderConvocationPdf(data),
  fileName: `${documentBaseName("convocation", data)}.pdf`,
  contentType: "application/pdf",
}));
