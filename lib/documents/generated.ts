/**
 * Documents the portal makes itself (a yearly report rendered as a PDF) and files on a meeting,
 * inside the caller's transaction: the same storage as an upload (random key under FILES_DIR,
 * SHA-256 checksum), the type given by the caller since the portal wrote the bytes. If the
 * row cannot be written the file is removed; a caller whose transaction fails later removes
 * it with `removeStoredFile(storageKey)`.
 */
import "server-only";
import type { Tx } from "@/lib/db";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { extensionOfMimeType, removeStoredFile, sha256, storeFile } from "./storage";

export interface GeneratedDocumentInput {
  prefectureId: string;
  meetingId: string;
  kind: DocumentKind;
  title: string;
  fileName: string;
  mimeType: "application/pdf";
  bytes: Uint8Array;
  uploadedById: string | null;
}

export async function storeGeneratedDocument(tx: Tx, input: GeneratedDocumentInput) {
  const ext = extensionOfMimeType(input.mimeType) ?? "pdf";
  const storageKey = await storeFile(input.bytes, ext);
  try {
    const document = await tx.document.create({
      data: {
        prefectureId: input.prefectureId,
        meetingId: input.meetingId,
        kind: input.kind,
        title: input.title,
        fileName: input.fileName,
        mimeType: input.mimeType,
        sizeBytes: input.bytes.byteLength,
        sha256: sha256(input.bytes),
        storageKey,
        uploadedById: input.uploadedById,
      },
      select: { id: true, title: true, fileName: true, sizeBytes: true, sha256: true, storageKey: true },
    });
    return document;
  } catch (error) {
    await removeStoredFile(storageKey);
    throw error;
  }
}

export { removeStoredFile };
