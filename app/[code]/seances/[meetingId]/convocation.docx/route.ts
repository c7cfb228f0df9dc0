import { renderConvocationDocx } from "@/lib/exports/convocation-docx";
import { documentBaseName, meetingDocumentRoute } from "@/lib/meetings/export-routes";

export const GET = meetingDocumentRoute(async (data) => ({
  body: await renderConvocationDocx(data),
  fileName: `${documentBaseName("convocation", data)}.docx`,
  contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}));
