/**
 * The PDF and DOCX of a published compte rendu, for anyone: the same document the HTML page
 * shows, with the public cache policy and a validator, so a reverse proxy or the browser asks
 * again cheaply (304) instead of rendering a PDF per visit.
 */
import "server-only";
import type { MinutesDocument } from "@/lib/minutes/domain";
// The same file name as the signed-in download: "releve-de-conclusions-clu-vosges-2022-12-08.pdf".
import { minutesFileBase } from "@/lib/minutes/loaders";
import { contentDisposition, jsonError } from "@/lib/route-handler";
import { PUBLIC_CACHE_CONTROL, etagOf, notModified } from "./cache";
import { findPublishedMinutes } from "./queries";

export async function publishedDownload(
  request: Request,
  code: string,
  minutesId: string,
  file: { extension: "pdf" | "docx"; contentType: string; render(document: MinutesDocument): Promise<Buffer | Uint8Array> },
): Promise<Response> {
  const found = await findPublishedMinutes(code, minutesId);
  if (!found) return jsonError(404, "Compte rendu introuvable ou non publié.");
  const { summary, document } = found;
  const etag = etagOf([summary.minutesId, summary.revision, summary.publishedAt, file.extension]);
  const headers = { "Cache-Control": PUBLIC_CACHE_CONTROL, "Last-Modified": summary.publishedAt.toUTCString() };
  const unchanged = notModified(request, etag, headers);
  if (unchanged) return unchanged;
  const body = await file.render(document);
  return new Response(new Uint8Array(body), {
    headers: {
      ...headers,
      ETag: etag,
      "Content-Type": file.contentType,
      "Content-Disposition": contentDisposition(`${minutesFileBase(document)}.${file.extension}`),
      "X-Content-Type-Options": "nosniff",
    },
  });
}
