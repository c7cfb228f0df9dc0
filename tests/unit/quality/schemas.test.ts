import { describe, expect, it } from "vitest";
import { addEvidenceSchema, auditFieldsSchema, deleteAuditSchema, labelFieldsSchema, selfAssessmentFieldsSchema } from "@/lib/quality/schemas";

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("labelFieldsSchema", () => {
  const granted = { frameworkVersionId: uuid(1), status: "GRANTED", obtainedOn: "2022-10-20", validUntil: "2025-10-20", certifier: "SOCOTEC Environnement", moduleIds: [uuid(2), uuid(3)] };

  it("accepts the Vosges label and gives empty texts back as null", () => {
    expect(labelFieldsSchema.parse({ ...granted, certifier: "  " })).toMatchObject({ obtainedOn: "2022-10-20", certifier: null });
  });

  it("says in French what is wrong: dates in order, a real date, two modules, a date for a granted label", () => {
    expect(messages(labelFieldsSchema.safeParse({ ...granted, validUntil: "2022-10-01" }))).toEqual({ validUntil: "La date de fin de validité doit suivre la date d'obtention." });
    expect(messages(labelFieldsSchema.safeParse({ ...granted, obtainedOn: "2022-02-30" })).obtainedOn).toMatch(/n'existe pas/);
    expect(messages(labelFieldsSchema.safeParse({ ...granted, moduleIds: [uuid(2)] }))).toEqual({ moduleIds: "Un label porte sur au moins deux modules : cochez-les." });
    expect(messages(labelFieldsSchema.safeParse({ ...granted, obtainedOn: "" })).obtainedOn).toBe("Saisissez la date d'obtention du label.");
    // A label in preparation has neither date nor modules yet.
    expect(labelFieldsSchema.safeParse({ ...granted, status: "IN_PREPARATION", obtainedOn: "", validUntil: "", moduleIds: [] }).success).toBe(true);
  });
});

describe("auditFieldsSchema", () => {
  it("needs a date held or a deadline", () => {
    expect(messages(auditFieldsSchema.safeParse({ kind: "FOLLOW_UP", dueBy: "", heldOn: "", auditor: "", findings: "" }))).toEqual({
      heldOn: "Saisissez la date de l'audit ou sa date limite.",
    });
    expect(auditFieldsSchema.parse({ kind: "FOLLOW_UP", dueBy: "2024-01-31", heldOn: "", auditor: "SOCOTEC", findings: "" })).toEqual({
      kind: "FOLLOW_UP",
      dueBy: "2024-01-31",
      heldOn: null,
      auditor: "SOCOTEC",
      findings: null,
    });
    expect(messages(auditFieldsSchema.safeParse({ kind: "AUTRE", heldOn: "2024-01-01" })).kind).toBe("Choisissez le type d'audit.");
  });
});

describe("selfAssessmentFieldsSchema", () => {
  it("an empty level is 'not assessed' (null); an unknown level is refused", () => {
    const cell = { structureId: uuid(1), engagementId: uuid(2), level: "", comment: "", version: null };
    expect(selfAssessmentFieldsSchema.parse({ cells: [cell] }).cells[0]).toEqual({ ...cell, level: null, comment: null });
    expect(selfAssessmentFieldsSchema.safeParse({ cells: [{ ...cell, level: "PRESQUE" }] }).success).toBe(false);
  });
});

describe("addEvidenceSchema / deleteAuditSchema", () => {
  it("evidence is one indicator or one document, never both nor none", () => {
    expect(addEvidenceSchema.parse({ selfAssessmentId: uuid(1), indicatorDefinitionId: uuid(2) })).toEqual({ selfAssessmentId: uuid(1), indicatorDefinitionId: uuid(2), documentId: null });
    expect(addEvidenceSchema.parse({ selfAssessmentId: uuid(1), documentId: uuid(3), indicatorDefinitionId: null })).toEqual({ selfAssessmentId: uuid(1), indicatorDefinitionId: null, documentId: uuid(3) });
    const problem = { indicatorDefinitionId: "Choisissez un indicateur ou un document." };
    expect(messages(addEvidenceSchema.safeParse({ selfAssessmentId: uuid(1) }))).toEqual(problem);
    expect(messages(addEvidenceSchema.safeParse({ selfAssessmentId: uuid(1), indicatorDefinitionId: uuid(2), documentId: uuid(3) }))).toEqual(problem);
    expect(addEvidenceSchema.safeParse({ selfAssessmentId: "1", indicatorDefinitionId: uuid(2) }).success).toBe(false);
  });

  it("deleting an audit needs the version shown", () => {
    expect(deleteAuditSchema.safeParse({ id: uuid(1) }).success).toBe(false);
    expect(deleteAuditSchema.parse({ id: uuid(1), version: "2" })).toEqual({ id: uuid(1), version: 2 });
  });
});
