/**
 * One survey's results as tables (a server component, usable in a print page and in the
 * yearly report): per question its options with count (when known) and percentage, the
 * satisfaction rate of scale questions, and the verbatim answers of open questions. The survey
 * page passes `chartOf` to put each question's chart above its table (the table stays visible:
 * it is the chart's accessible alternative).
 */
import type { ReactNode } from "react";
import type { QuestionResult, SurveyResult } from "@/lib/surveys/queries";
import { QUESTION_KIND_LABELS } from "@/lib/surveys/vocabulary";
import { countText, participationText, percentText } from "./survey-wording";

type Heading = "h2" | "h3" | "h4";

export function SatisfactionSummary({ question }: { question: QuestionResult }) {
  if (question.satisfactionRate === null) return null;
  return (
    <p className="fr-mb-2w">
      <strong>Taux de satisfaction : {percentText(question.satisfactionRate)}</strong> (satisfaits et très satisfaits), dont{" "}
      {percentText(question.topSatisfactionRate)} de très satisfaits.
    </p>
  );
}

export function QuestionTable({ question, respondentsCount }: { question: QuestionResult; respondentsCount: number }) {
  if (question.kind === "OPEN") {
    if (question.options.length === 0) return <p>Aucune réponse citée.</p>;
    return (
      <ul>
        {question.options.map((o, i) => (
          <li key={i}>« {o.label} »</li>
        ))}
      </ul>
    );
  }
  const computed = question.options.some((o) => o.percentComputed);
  return (
    <div className="fr-table fr-mb-1w">
      <table>
        <caption className="fr-text--md">Résultats : {question.text}</caption>
        <thead>
          <tr>
            <th scope="col">Réponse</th>
            <th scope="col">Nombre de réponses</th>
            <th scope="col">Pourcentage</th>
          </tr>
        </thead>
        <tbody>
          {question.options.map((o, i) => (
            <tr key={i}>
              <th scope="row">{o.label}</th>
              <td>{countText(o.count)}</td>
              <td>{percentText(o.percent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {question.unansweredShare !== null && (
        <p className="fr-text--xs fr-mb-0">Sans réponse à cette question : {percentText(question.unansweredShare)} (écart à 100&#8239;% des résultats).</p>
      )}
      {computed && (
        <p className="fr-text--xs fr-mb-0">Pourcentages calculés sur {respondentsCount} répondants.</p>
      )}
    </div>
  );
}

export function SurveyResults({
  survey,
  headingLevel = "h3",
  chartOf,
}: {
  survey: SurveyResult;
  headingLevel?: Heading;
  chartOf?: (question: QuestionResult) => ReactNode;
}) {
  const H = headingLevel;
  return (
    <div>
      <p className="fr-mb-2w">
        {participationText(survey)}
        {survey.method ? ` — ${survey.method}` : ""}
      </p>
      {survey.questions.length === 0 && <p>Aucun résultat détaillé n&apos;a été saisi pour cette enquête.</p>}
      {survey.questions.map((q) => (
        <section key={q.id} className="fr-mb-4w" aria-labelledby={`q-${q.id}`}>
          <H id={`q-${q.id}`} className="fr-h6 fr-mb-1w">
            {q.position + 1}. {q.text}
          </H>
          <p className="fr-text--sm fr-mb-1w">{QUESTION_KIND_LABELS[q.kind]}</p>
          <SatisfactionSummary question={q} />
          {q.kind !== "OPEN" && chartOf?.(q)}
          <QuestionTable question={q} respondentsCount={survey.respondentsCount} />
        </section>
      ))}
    </div>
  );
}
