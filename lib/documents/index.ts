/**
 * Public entry of documents for route handlers (server side: files on disk): a meeting's
 * documents and the prefecture's own (outside any meeting, such as a self-assessment's
 * evidence). The upload form's limits are in schemas.ts, safe in the browser; deletion is an
 * action (actions.ts).
 */
export { documentFileName } from "./file-name";
export { extensionOfMimeType, readStoredFile } from "./storage";
export {
  CROSS_SITE_MESSAGE,
  isSameOriginRequest,
  parseDocumentTitle,
  readDocumentForm,
  readUploadForm,
  storeMeetingDocument,
  storePrefectureDocument,
  UploadRefused,
  type DocumentForm,
  type LinkDocument,
  type StoredDocument,
  type UploadRefusal,
} from "./upload";
export { documentRoute, type LoadedDocument } from "./loaders";
export { removeStoredFile, storeGeneratedDocument, type GeneratedDocumentInput } from "./generated";
