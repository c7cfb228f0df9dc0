import { renderMinutesPdf } from "@/lib/exports";
import { publishedDownload } from "@/lib/publication";
import { withJsonErrors } from "@/lib/route-handler";

type Context = { params: Promise<{ code: string; minutesId: string }> };

export const GET = withJsonErrors(async (request: Request, { params }: Context) => {
  const { code, minutesId } = await params;
  return publishedDownload(request, code, minutesId, {
    extension: "pdf",
    contentType: "application/pdf",
    render: (document) => renderMinutesPdf(document),
  });
});
