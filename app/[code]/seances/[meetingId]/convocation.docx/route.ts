import { renderConvocationDocx } from "@/lib/exports";
import { documentBaseName, meetingDocumentRoute } from "@/lib/meetings";

export const GET = meetingDocumentRoute(async (data) => ({
  body: await renderConvocationDocx(data),
  fileName: `${documentBaseName("convocation", data)}.docx`,
  contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}));
