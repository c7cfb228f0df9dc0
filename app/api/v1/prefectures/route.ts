import { listPublicPrefectures } from "@/lib/publication/queries";
import { OPEN_DATA_HEADERS, PUBLIC_CACHE_CONTROL, prefecturesJson } from "@/lib/publication";
import { withJsonErrors } from "@/lib/route-handler";

export const GET = withJsonErrors(async () => {
  return Response.json(prefecturesJson(await listPublicPrefectures()), {
    headers: { ...OPEN_DATA_HEADERS, "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
});
