/** What an uploaded document may be, shared by the upload form (browser) and the route: plain constants (limits.ts). */
export { DOCUMENT_TOO_LARGE_MESSAGE, MAX_DOCUMENT_BYTES } from "./limits";
