import { fileResponse, jsonError } from "@/lib/route-handler";
import { documentFileName, documentRoute, extensionOfMimeType, readStoredFile } from "@/lib/documents";

/** Download a document: only for those who may read its meeting, or the prefecture's results for a document outside any meeting (documentRoute). */
export const GET = documentRoute(async ({ document }) => {
  try {
    // Names are stored with the right extension since uploads check it; older rows get it here.
    const ext = extensionOfMimeType(document.mimeType);
    return fileResponse(await readStoredFile(document.storageKey), ext ? documentFileName(document.fileName, ext) : document.fileName, document.mimeType);
  } catch {
    return jsonError(410, "Le fichier de ce document est introuvable sur le serveur.");
  }
});
