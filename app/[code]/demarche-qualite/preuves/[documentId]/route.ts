import { fileResponse, jsonError } from "@/lib/route-handler";
import { documentFileName, extensionOfMimeType, readStoredFile } from "@/lib/documents";
import { evidenceDocumentRoute } from "@/lib/quality/loaders";

/** Download a document kept as self-assessment evidence outside any meeting (evidenceDocumentRoute). */
export const GET = evidenceDocumentRoute(async ({ document }) => {
  try {
    const ext = extensionOfMimeType(document.mimeType);
    return fileResponse(await readStoredFile(document.storageKey), ext ? documentFileName(document.fileName, ext) : document.fileName, document.mimeType);
  } catch {
    return jsonError(410, "Le fichier de ce document est introuvable sur le serveur.");
  }
});
