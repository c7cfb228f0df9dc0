import type { Metadata } from "next";
import Link from "next/link";
import { Accordion } from "@codegouvfr/react-dsfr/Accordion";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { formatTarget } from "@/lib/indicators/domain";
import { getIndicatorSettings } from "@/lib/indicators/queries";
import { PERIODICITY_LABELS } from "@/lib/indicators/vocabulary";
import { formatLongDate } from "@/lib/format";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { IndicatorSettingsForm } from "@/components/indicators/indicator-settings-form";
import { AddAnnotationForm, DeleteAnnotationButton } from "@/components/indicators/annotation-forms";

export const metadata: Metadata = { title: "Réglages des indicateurs" };

/** The referential as the prefecture follows it (referents): indicators, local targets, agents, events. */
export default async function IndicatorSettingsPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { prefecture } = await requirePrefectureAccess(code, "prefecture.manage");
  const settings = await getIndicatorSettings(prefecture.id, new Date());
  const agentName = new Map(settings.agents.map((a) => [a.id, a.name]));
  const labelOf = new Map(settings.indicators.map((i) => [i.definitionId, i.label]));
  const followed = settings.indicators.filter((i) => i.followed);

  return (
    <>
      <PageBreadcrumb code={code} segments={[{ label: "Indicateurs", href: `/${code}/indicateurs` }]} current="Réglages" />
      <h1>Réglages des indicateurs</h1>
      <p>
        Choisissez les indicateurs du référentiel que la préfecture suit, fixez ses objectifs locaux et confiez chaque indicateur aux agents qui le
        saisissent. Chaque modification est conservée au journal.
      </p>
      <div className="fr-table fr-table--no-caption">
        <table>
          <caption>Indicateurs du référentiel</caption>
          <thead>
            <tr>
              <th scope="col">Indicateur</th>
              <th scope="col">Périodicité</th>
              <th scope="col">Suivi</th>
              <th scope="col">Objectif</th>
              <th scope="col">Saisi par</th>
            </tr>
          </thead>
          <tbody>
            {settings.indicators.map((i) => {
              const target = i.localTarget ?? i.nationalTarget;
              return (
                <tr key={i.definitionId}>
                  <th scope="row">{i.label}</th>
                  <td>{PERIODICITY_LABELS[i.periodicity]}</td>
                  <td>{i.followed ? "Oui" : "Non"}</td>
                  <td>{target ? `${formatTarget(target, i.unit, i.precision)}${i.localTarget ? " (local)" : " (national)"}` : "—"}</td>
                  <td>{i.assigneeIds.length ? i.assigneeIds.map((id) => agentName.get(id) ?? "?").join(", ") : "Tous les agents"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h2>Modifier un indicateur</h2>
      <div className="fr-accordions-group fr-mb-6w">
        {settings.indicators.map((i) => (
          <Accordion key={i.definitionId} label={`${i.label}${i.followed ? "" : " (non suivi)"}`}>
            <IndicatorSettingsForm
              prefectureId={prefecture.id}
              setting={i}
              agents={settings.agents}
              targetText={i.nationalTarget ? formatTarget(i.nationalTarget, i.unit, i.precision) : null}
            />
          </Accordion>
        ))}
      </div>
      <h2 id="evenements">Événements de la frise</h2>
      <p>Les événements apparaissent sur les graphiques des indicateurs (par exemple : confinement, feux de forêts, grève).</p>
      {settings.annotations.length === 0 ? (
        <p>Aucun événement.</p>
      ) : (
        <ul className="fr-mb-3w">
          {settings.annotations.map((a) => (
            <li key={a.id}>
              {formatLongDate(new Date(`${a.on}T12:00:00Z`))} — {a.label} ({a.definitionId ? (labelOf.get(a.definitionId) ?? "indicateur") : "tous les indicateurs"}){" "}
              <DeleteAnnotationButton id={a.id} label={a.label} />
            </li>
          ))}
        </ul>
      )}
      <AddAnnotationForm prefectureId={prefecture.id} indicators={followed.map((i) => ({ definitionId: i.definitionId, label: i.label }))} />
      <p>
        <Link href={`/${code}/indicateurs`}>Retour à la saisie des indicateurs</Link>
      </p>
    </>
  );
}
