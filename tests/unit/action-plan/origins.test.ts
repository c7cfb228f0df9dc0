// Creating an action from each of its sources (pure parts): the titles it starts with (a
// register entry, a survey, an audit's findings, a self-assessed engagement), the schema that
// ties a source to its origin (one source at most, the origin it fixes), and the form's URL
// for each source.
import { describe, expect, it } from "vitest";
import { auditActionTitle, requestRecordActionTitle, selfAssessmentActionTitle, surveyActionTitle } from "@/lib/action-plan/domain";
import { createActionSchema } from "@/lib/action-plan/schemas";
import { createActionHref } from "@/components/action-plan/create-action-link";

const ID = "0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8";
const PREFECTURE = "11111111-2222-4333-8444-555555555555";

describe("titles from a source", () => {
  it("a register entry: its type then its subject, cut on a word", () => {
    expect(requestRecordActionTitle({ type: "COMPLAINT", subject: "Attente  trop longue au guichet" })).toBe("Réclamation : Attente trop longue au guichet");
    const long = requestRecordActionTitle({ type: "SUGGESTION", subject: "mot ".repeat(60) });
    expect(long.length).toBeLessThanOrEqual(140);
    expect(long.endsWith("mot…")).toBe(true);
  });

  it("a survey: its title and year", () => {
    expect(surveyActionTitle({ title: "Satisfaction des usagers", year: 2022 })).toBe("Suites de l'enquête « Satisfaction des usagers » (2022)");
  });

  it("an audit: the findings' first sentence, or the audit in words", () => {
    expect(auditActionTitle({ kind: "FOLLOW_UP", heldOn: new Date("2024-01-16T00:00:00Z"), findings: "Signalétique insuffisante. Délais des courriels à surveiller." })).toBe("Signalétique insuffisante.");
    expect(auditActionTitle({ kind: "FOLLOW_UP", heldOn: new Date("2024-01-16T00:00:00Z"), findings: "  " })).toBe("Suites de l'audit de suivi du mardi 16 janvier 2024");
    expect(auditActionTitle({ kind: "INTERNAL", heldOn: null, findings: null })).toBe("Suites de l'audit interne");
  });

  it("a self-assessment: structure, engagement, level and year", () => {
    expect(selfAssessmentActionTitle({ structure: "DDT", engagement: "Répondre dans les délais annoncés", level: "PARTLY_MET", campaign: 2023 })).toBe(
      "DDT — Répondre dans les délais annoncés : partiellement atteint en 2023",
    );
    expect(selfAssessmentActionTitle({ structure: "DDPP", engagement: "Accueil", level: null, campaign: 2021 })).toBe("DDPP — Accueil en 2021");
  });
});

describe("createActionSchema: a source fixes its origin", () => {
  const base = { prefectureId: PREFECTURE, title: "Une action", engagementIds: [] };
  const cases = [
    ["requestRecordId", "REQUEST_RECORD"],
    ["surveyId", "SURVEY"],
    ["auditId", "AUDIT_FINDING"],
    ["selfAssessmentId", "SELF_ASSESSMENT"],
  ] as const;

  it.each(cases)("%s is accepted with origin %s and refused with another", (field, origin) => {
    const ok = createActionSchema.safeParse({ ...base, origin, [field]: ID });
    expect(ok.success).toBe(true);
    expect(ok.data?.[field]).toBe(ID);
    const wrong = createActionSchema.safeParse({ ...base, origin: "OTHER", [field]: ID });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(["origin"]);
  });

  it("these four origins may still be chosen by hand without a source; intervention and indicator may not", () => {
    for (const [, origin] of cases) expect(createActionSchema.safeParse({ ...base, origin }).success).toBe(true);
    expect(createActionSchema.safeParse({ ...base, origin: "INTERVENTION" }).success).toBe(false);
  });

  it("one source at a time", () => {
    const result = createActionSchema.safeParse({ ...base, origin: "SURVEY", surveyId: ID, auditId: ID });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain("Une action se crée depuis une seule source à la fois.");
  });

  it("a malformed id is refused", () => {
    expect(createActionSchema.safeParse({ ...base, origin: "SURVEY", surveyId: "42" }).success).toBe(false);
  });
});

describe("createActionHref", () => {
  it("names each source in the form's query string", () => {
    expect(createActionHref("86", { requestRecordId: ID })).toBe(`/86/plan-actions/nouvelle?demande=${ID}`);
    expect(createActionHref("86", { surveyId: ID })).toBe(`/86/plan-actions/nouvelle?enquete=${ID}`);
    expect(createActionHref("86", { auditId: ID })).toBe(`/86/plan-actions/nouvelle?audit=${ID}`);
    expect(createActionHref("86", { selfAssessmentId: ID })).toBe(`/86/plan-actions/nouvelle?autoEvaluation=${ID}`);
    expect(createActionHref("16", { indicatorValueId: ID })).toBe(`/16/plan-actions/nouvelle?indicateur=${ID}`);
    expect(createActionHref("86", {})).toBeNull();
  });
});
