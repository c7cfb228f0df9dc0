import { findPublicPrefecture, listPublishedMinutes } from "@/lib/publication/queries";
import { OPEN_DATA_HEADERS, PUBLIC_CACHE_CONTROL, etagOf, meetingsJson, notModified } from "@/lib/publication";
import { withJsonErrors } from "@/lib/route-handler";

type Context = { params: Promise<{ code: string }> };

export const GET = withJsonErrors(async (request: Request, { params }: Context) => {
  const { code } = await params;
  const prefecture = await findPublicPrefecture(code);
  if (!prefecture) {
    return Response.json(
      { error: "Préfecture introuvable ou non publiée." },
      { status: 404, headers: { ...OPEN_DATA_HEADERS, "Cache-Control": "no-store" } },
    );
  }
  const minutes = await listPublishedMinutes(prefecture.id);
  const newest = minutes.reduce((max, m) => (m.publishedAt > max ? m.publishedAt : max), new Date(0));
  const etag = etagOf(["meetings", prefecture.code, minutes.length, ...minutes.map((m) => m.minutesId.slice(0, 8)), newest]);
  const headers: Record<string, string> = { ...OPEN_DATA_HEADERS, "Cache-Control": PUBLIC_CACHE_CONTROL };
  const unchanged = notModified(request, etag, headers);
  if (unchanged) return unchanged;
  return Response.json(meetingsJson(prefecture, minutes), { headers: { ...headers, ETag: etag } });
});
