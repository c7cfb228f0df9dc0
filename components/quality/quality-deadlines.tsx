/**
 * The next deadlines of the label (next audit due, expiry) with the days left in words. A
 * passed deadline is said in words too ("il y a 30 jours"), not by colour alone.
 */
import { daysInWords, type QualityDeadlines } from "@/lib/quality/domain";
import { isoToFrench } from "./quality-dates";

function Deadline({ title, date, days, passedLabel }: { title: string; date: string | null; days: number | null; passedLabel: string }) {
  return (
    <div className="fr-col-12 fr-col-md-6">
      <div className="fr-callout fr-mb-0">
        <h3 className="fr-callout__title fr-h5">{title}</h3>
        {date && days !== null ? (
          <p className="fr-callout__text">
            {isoToFrench(date)} ({daysInWords(days)}){days < 0 && <strong> — {passedLabel}</strong>}
          </p>
        ) : (
          <p className="fr-callout__text">Aucune échéance connue</p>
        )}
      </div>
    </div>
  );
}

export function QualityDeadlinesView({ deadlines }: { deadlines: QualityDeadlines }) {
  return (
    <section aria-labelledby="quality-deadlines-title" className="fr-mb-5w">
      <h2 id="quality-deadlines-title">Prochaines échéances</h2>
      <div className="fr-grid-row fr-grid-row--gutters">
        <Deadline title="Prochain audit" date={deadlines.nextAuditDue} days={deadlines.daysToAudit} passedLabel="échéance dépassée" />
        <Deadline title="Expiration du label" date={deadlines.labelExpiresOn} days={deadlines.daysToExpiry} passedLabel="label à renouveler" />
      </div>
    </section>
  );
}
