import { evidenceUploadRoute } from "@/lib/quality/loaders";

/**
 * Upload a new document as the evidence of a self-assessment cell (multipart: file, title?,
 * selfAssessmentId), for the prefecture's referents; rules and storage in
 * lib/quality/evidence-upload.ts.
 */
export const POST = evidenceUploadRoute;
