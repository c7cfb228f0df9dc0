import { OPEN_DATA_HEADERS, PUBLIC_CACHE_CONTROL, openApiDocument } from "@/lib/publication";
import { withJsonErrors } from "@/lib/route-handler";

export const GET = withJsonErrors(async () => {
  return Response.json(openApiDocument(), { headers: { ...OPEN_DATA_HEADERS, "Cache-Control": PUBLIC_CACHE_CONTROL } });
});
