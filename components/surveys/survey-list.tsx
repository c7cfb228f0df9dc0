/** The prefecture's surveys, by year: title, audience in words, participation, attached meeting. */
import Link from "next/link";
import { formatLongDate } from "@/lib/format";
import type { SurveyListItem } from "@/lib/surveys/queries";
import { SURVEY_AUDIENCE_LABELS } from "@/lib/surveys/vocabulary";
import { participationText } from "./survey-wording";

export function SurveyList({ code, surveys }: { code: string; surveys: SurveyListItem[] }) {
  if (surveys.length === 0) return <p>Aucune enquête n&apos;a encore été saisie pour cette préfecture.</p>;
  const years = [...new Set(surveys.map((s) => s.year))];
  return (
    <>
      {years.map((year) => (
        <section key={year} aria-labelledby={`annee-${year}`}>
          <h2 id={`annee-${year}`} className="fr-h4">
            {year}
          </h2>
          <div className="fr-table">
            <table>
              <caption className="fr-sr-only">Enquêtes de {year}</caption>
              <thead>
                <tr>
                  <th scope="col">Enquête</th>
                  <th scope="col">Public</th>
                  <th scope="col">Participation</th>
                  <th scope="col">Séance jointe</th>
                </tr>
              </thead>
              <tbody>
                {surveys
                  .filter((s) => s.year === year)
                  .map((s) => (
                    <tr key={s.id}>
                      <th scope="row">
                        <Link href={`/${code}/enquetes/${s.id}`}>{s.title}</Link>
                      </th>
                      <td>{SURVEY_AUDIENCE_LABELS[s.audience]}</td>
                      <td>{participationText(s)}</td>
                      <td>
                        {s.meeting ? (
                          <Link href={`/${code}/seances/${s.meeting.id}`}>Séance du {formatLongDate(new Date(s.meeting.startsAt))}</Link>
                        ) : (
                          "—"
                        )}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
