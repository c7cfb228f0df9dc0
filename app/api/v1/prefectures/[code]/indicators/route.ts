import { findPublicPrefecture } from "@/lib/publication/queries";
import { OPEN_DATA_HEADERS, PUBLIC_CACHE_CONTROL, indicatorValuesCsv, lockedIndicatorValues } from "@/lib/publication";
import { withJsonErrors } from "@/lib/route-handler";

type Context = { params: Promise<{ code: string }> };

const noStore = { ...OPEN_DATA_HEADERS, "Cache-Control": "no-store" };

export const GET = withJsonErrors(async (request: Request, { params }: Context) => {
  const { code } = await params;
  const url = new URL(request.url);
  const yearParam = url.searchParams.get("year") ?? "";
  if (!/^\d{4}$/.test(yearParam) || Number(yearParam) < 1990 || Number(yearParam) > 2100) {
    return Response.json({ error: "Indiquez l'année sur quatre chiffres : ?year=2021." }, { status: 400, headers: noStore });
  }
  const prefecture = await findPublicPrefecture(code);
  if (!prefecture) return Response.json({ error: "Préfecture introuvable ou non publiée." }, { status: 404, headers: noStore });
  const year = Number(yearParam);
  const values = await lockedIndicatorValues(prefecture.id, year);
  const headers = { ...OPEN_DATA_HEADERS, "Cache-Control": PUBLIC_CACHE_CONTROL };
  if (url.searchParams.get("format") === "csv") {
    return new Response(indicatorValuesCsv(values), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="indicateurs-${prefecture.code}-${year}.csv"` },
    });
  }
  return Response.json({ prefecture: { code: prefecture.code, name: prefecture.name }, year, values }, { headers });
});
