import { findPublicPrefecture, listPublishedRevisions } from "@/lib/publication/queries";
import { PUBLIC_CACHE_CONTROL, etagOf, notModified, renderPublicationFeed } from "@/lib/publication";
import { jsonError, withJsonErrors } from "@/lib/route-handler";

type Context = { params: Promise<{ code: string }> };

export const GET = withJsonErrors(async (request: Request, { params }: Context) => {
  const { code } = await params;
  const prefecture = await findPublicPrefecture(code);
  if (!prefecture) return jsonError(404, "Préfecture introuvable ou non publiée.");
  const revisions = await listPublishedRevisions(prefecture.id);
  // The newest publication and the count change with any publish or unpublish.
  const etag = etagOf(["atom", prefecture.code, revisions.length, revisions[0]?.minutesId ?? "-", revisions[0]?.publishedAt ?? 0]);
  const headers: Record<string, string> = { "Cache-Control": PUBLIC_CACHE_CONTROL };
  if (revisions[0]) headers["Last-Modified"] = revisions[0].publishedAt.toUTCString();
  const unchanged = notModified(request, etag, headers);
  if (unchanged) return unchanged;
  return new Response(renderPublicationFeed(prefecture, revisions), {
    headers: { ...headers, ETag: etag, "Content-Type": "application/atom+xml; charset=utf-8" },
  });
});
