/**
 * A new document uploaded as the evidence of a self-assessment cell
 * (POST /{code}/demarche-qualite/auto-evaluation/{year}/preuves, multipart: file, title?,
 * selfAssessmentId): a document of the prefecture itself, outside any meeting, stored by
 * lib/documents with its evidence row and both audit rows in one transaction (no row, no
 * file when anything fails). The referents of the prefecture only ("prefecture.manage", as
 * quality.addEvidence), from a page of the portal (Origin checked), on a cell of this
 * prefecture and of the URL's year. The answer is JSON: the form shows the French error, or
 * refreshes the list, where the document opens through /{code}/documents/{id}.
 */
import "server-only";
import { NextResponse } from "next/server";
import { can } from "@/lib/auth/policy";
import { writeAuditLog } from "@/lib/audit-log";
import { db } from "@/lib/db";
import {
  CROSS_SITE_MESSAGE,
  isSameOriginRequest,
  parseDocumentTitle,
  readDocumentForm,
  storePrefectureDocument,
  UploadRefused,
} from "@/lib/documents";
import { routePrefectureAccess } from "@/lib/prefectures/loaders";
import { jsonError, withJsonErrors } from "@/lib/route-handler";
import { uuidParam } from "@/lib/validation";
import { campaignYear } from "./schemas";

const NOT_A_CELL = (year: number) => `Cette évaluation n'existe pas dans l'autoévaluation ${year} de la préfecture : rechargez la page.`;

export interface EvidenceUploadAnswer {
  /** the evidence row */
  id: string;
  documentId: string;
  title: string;
}

export const evidenceUploadRoute = withJsonErrors(async (request: Request, { params }: { params: Promise<{ code: string; year: string }> }) => {
    const { code, year: segment } = await params;
    const access = await routePrefectureAccess(code);
    if (access instanceof Response) return access;
    const { actor, prefecture } = access;
    if (!can(actor, "prefecture.manage", { kind: "prefecture", prefectureId: prefecture.id })) {
      return jsonError(403, "Seuls les référents de la préfecture peuvent déposer une preuve.");
    }
    if (!isSameOriginRequest(request)) return jsonError(403, CROSS_SITE_MESSAGE);
    const year = /^\d{4}$/.test(segment) ? campaignYear.safeParse(segment) : null;
    if (!year?.success) return jsonError(404, "Année introuvable.");
    const campaign = year.data;

    const form = await readDocumentForm(request, "Déposez la preuve avec le formulaire de l'autoévaluation.");
    if (!form.ok) return jsonError(form.status, form.error);
    const cellId = uuidParam.safeParse(form.fields.selfAssessmentId);
    if (!cellId.success) return jsonError(400, "Enregistrez d'abord le niveau de cet engagement, puis déposez la preuve.");
    const title = parseDocumentTitle(form.fields.title);
    if (!title.ok) return jsonError(title.status, title.error);

    // Scoped by the URL's prefecture and year: another prefecture's cell is refused before any file is written.
    const cellWhere = { id: cellId.data, prefectureId: prefecture.id, campaign };
    if (!(await db.selfAssessment.count({ where: cellWhere }))) return jsonError(404, NOT_A_CELL(campaign));

    const stored = await storePrefectureDocument(
      actor,
      { prefectureId: prefecture.id },
      { fileName: form.fileName, bytes: form.bytes, title: title.title },
      {
        link: async (tx, document) => {
          // Again inside the transaction: the cell may have been deleted meanwhile.
          if (!(await tx.selfAssessment.count({ where: cellWhere }))) throw new UploadRefused(404, NOT_A_CELL(campaign));
          const evidence = { selfAssessmentId: cellId.data, indicatorDefinitionId: null, documentId: document.id };
          const created = await tx.selfAssessmentEvidence.create({ data: evidence, select: { id: true } });
          await writeAuditLog(tx, actor.userId, {
            action: "quality.addEvidence",
            entityType: "SelfAssessmentEvidence",
            entityId: created.id,
            prefectureId: prefecture.id,
            after: evidence,
          });
          return created;
        },
      },
    );
    if (!stored.ok) return jsonError(stored.status, stored.error);
    const answer: EvidenceUploadAnswer = { id: stored.linked.id, documentId: stored.document.id, title: stored.document.title };
    return NextResponse.json(answer, { status: 201, headers: { "Cache-Control": "no-store" } });
  });
