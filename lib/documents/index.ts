/**
 * Public entry of meeting documents for route handlers (server side: files on disk). The
 * upload form's limits are in schemas.ts, safe in the browser; deletion is an action
 * (actions.ts).
 */
export { documentFileName } from "./file-name";
export { extensionOfMimeType, readStoredFile } from "./storage";
export { readUploadForm, storeMeetingDocument } from "./upload";
export { documentRoute, type LoadedDocument } from "./loaders";
export { removeStoredFile, storeGeneratedDocument, type GeneratedDocumentInput } from "./generated";
