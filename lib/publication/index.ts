/**
 * Publication: what a prefecture shows the public once a compte rendu is published — the
 * public page, the accessible HTML and its downloads, the Atom feed and the open data API
 * (/api/v1, described by the OpenAPI document in openapi.ts). Reads are in queries.ts and see
 * published content of public prefectures only; cache policy and its invalidation in cache.ts
 * (docs/adr/0005-public-pages-cache-and-csp.md).
 */
export { absoluteUrl, publicPaths } from "./urls";
export {
  OPEN_DATA_HEADERS,
  PRIVATE_CACHE_CONTROL,
  PUBLIC_CACHE_CONTROL,
  PUBLIC_MAX_AGE,
  PUBLIC_STALE_WHILE_REVALIDATE,
  etagOf,
  notModified,
  revalidatePublication,
} from "./cache";
export { openApiDocument } from "./openapi";
export { renderPublicationFeed } from "./feed";
export { publishedDownload } from "./downloads";
export { meetingsJson, prefecturesJson, type OpenDataMeeting, type OpenDataPrefecture } from "./open-data";
export { indicatorValuesCsv, lockedIndicatorValues, type OpenDataIndicatorValue } from "./indicators";
