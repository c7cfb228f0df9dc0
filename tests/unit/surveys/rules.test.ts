import { describe, expect, it } from "vitest";
import { checkSurveyDraft, type SurveyDraft } from "@/lib/surveys/domain";
import { surveyFieldsSchema } from "@/lib/surveys/schemas";
import { surveys } from "@/prisma/seed/data/surveys";

const draft = (over: Partial<SurveyDraft> = {}): SurveyDraft => ({
  audience: "USERS",
  recipientsCount: null,
  respondentsCount: 10,
  questions: [],
  ...over,
});

const scaleQ = (entry: "COUNT" | "PERCENT", values: (number | null)[]) => ({
  text: "Satisfaction globale",
  kind: "SCALE" as const,
  entry,
  options: values.map((value, i) => ({ label: `Niveau ${i + 1}`, value })),
});

const messages = (d: SurveyDraft) => checkSurveyDraft(d).map((i) => i.message);

describe("checkSurveyDraft", () => {
  it("accepts every seeded survey as published (the rules must not refuse the seeds' own figures)", () => {
    for (const s of surveys) {
      const d: SurveyDraft = {
        audience: s.audience,
        recipientsCount: s.recipients ?? null,
        respondentsCount: s.respondents,
        questions: s.questions.map((q) => ({
          text: q.text,
          kind: q.kind,
          entry: q.options.every((o) => o.count !== undefined) && q.options.length > 0 ? "COUNT" : "PERCENT",
          options: q.options.map((o) => ({ label: o.label, value: q.kind === "OPEN" ? null : (o.count ?? o.percent ?? null) })),
        })),
      };
      expect(checkSurveyDraft(d), s.key).toEqual([]);
    }
  });

  it("refuses a count above the respondents, naming the answer", () => {
    const issues = checkSurveyDraft(draft({ questions: [scaleQ("COUNT", [11, 0, 0, 0])] }));
    expect(issues).toContainEqual({
      path: ["questions", 0, "options", 0, "value"],
      message: "Question 1 : « Niveau 1 » compte 11 réponses, plus que les 10 répondants.",
    });
  });

  it("refuses a scale whose counts add up to more than the respondents (one answer each)", () => {
    expect(messages(draft({ questions: [scaleQ("COUNT", [5, 4, 2, 0])] }))).toEqual([
      "Question 1 : une seule réponse par répondant, or les réponses totalisent 11 pour 10 répondants.",
    ]);
  });

  it("lets a choice question's answers add up to more than the respondents or 100 % (several answers)", () => {
    const choice = { text: "Motif", kind: "CHOICE" as const, entry: "PERCENT" as const, options: [{ label: "A", value: 80 }, { label: "B", value: 60 }] };
    expect(checkSurveyDraft(draft({ questions: [choice] }))).toEqual([]);
  });

  it("a scale's percentages may total at most 100 give or take 1 point of rounding, and less (non-answers left out)", () => {
    expect(checkSurveyDraft(draft({ questions: [scaleQ("PERCENT", [50.4, 30.3, 10.2, 10.0])] }))).toEqual([]); // 100,9
    expect(checkSurveyDraft(draft({ questions: [scaleQ("PERCENT", [41.2, 44.0, 5.6, 5.1])] }))).toEqual([]); // 95,9
    expect(messages(draft({ questions: [scaleQ("PERCENT", [60, 30, 10, 1.5])] }))).toEqual([
      "Question 1 : une seule réponse par répondant, or les pourcentages totalisent 101,5 % (100 % au plus, à 1 point d'arrondi près).",
    ]);
  });

  it("refuses a percentage outside 0–100 and a count that is not a whole number", () => {
    expect(messages(draft({ questions: [{ ...scaleQ("PERCENT", [120, 0]), kind: "CHOICE" }] }))).toEqual([
      "Question 1 : le pourcentage de « Niveau 1 » doit être compris entre 0 et 100.",
    ]);
    expect(messages(draft({ questions: [{ ...scaleQ("COUNT", [2.5, 0]), kind: "CHOICE" }] }))).toEqual([
      "Question 1 : le nombre de réponses pour « Niveau 1 » doit être un nombre entier positif ou nul.",
    ]);
  });

  it("asks for at least one answer on a question that is not open, and a figure for each answer", () => {
    expect(messages(draft({ questions: [scaleQ("COUNT", [])] }))).toEqual(["Question 1 : ajoutez au moins une réponse possible."]);
    expect(messages(draft({ questions: [scaleQ("COUNT", [null, 1])] }))).toEqual(["Question 1 : saisissez le nombre de réponses pour « Niveau 1 »."]);
    expect(checkSurveyDraft(draft({ questions: [{ text: "Observations", kind: "OPEN", entry: "COUNT", options: [] }] }))).toEqual([]);
  });

  it("answered cannot exceed sent, and a member questionnaire says how many members it was sent to", () => {
    expect(messages(draft({ audience: "MEMBERS", recipientsCount: 25, respondentsCount: 26 }))).toEqual([
      "Le nombre de réponses (26) ne peut pas dépasser le nombre de destinataires (25).",
    ]);
    expect(messages(draft({ audience: "MEMBERS", recipientsCount: null, respondentsCount: 13 }))).toEqual([
      "Indiquez à combien de membres le questionnaire a été envoyé.",
    ]);
  });
});

describe("surveyFieldsSchema", () => {
  it("reads numbers typed the French way and runs the domain rules with their paths", () => {
    const parsed = surveyFieldsSchema.safeParse({
      title: "Enquête",
      audience: "USERS",
      year: "2024",
      method: "",
      recipientsCount: "",
      respondentsCount: "1 000",
      questions: [{ text: "Q", kind: "SCALE", entry: "PERCENT", options: [{ label: "Très satisfait", value: "54,9" }, { label: "Satisfait", value: "40,2 %" }] }],
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.respondentsCount).toBe(1000);
    expect(parsed.data?.questions[0]?.options.map((o) => o.value)).toEqual([54.9, 40.2]);

    const refused = surveyFieldsSchema.safeParse({ title: "", audience: "USERS", year: "2024", respondentsCount: "abc", questions: [] });
    expect(refused.success).toBe(false);
    const byPath = Object.fromEntries(refused.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byPath).toMatchObject({ title: "Donnez un titre à l'enquête.", respondentsCount: "Le nombre de répondants est un nombre entier positif ou nul." });
  });
});
