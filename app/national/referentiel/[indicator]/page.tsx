import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { authorize } from "@/lib/auth/session";
import { formatTarget, formulaInWords, aggregationInWords } from "@/lib/indicators/domain";
import { listEngagementChoices, listReferential } from "@/lib/indicators/queries";
import { COMPONENT_ROLE_LABELS, PERIODICITY_LABELS, UNIT_LABELS } from "@/lib/indicators/vocabulary";
import { dayOf } from "@/lib/periods";
import { formatDate, formatNumber } from "@/lib/format";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { DefinitionForm } from "@/components/indicators/definition-form";

type Params = { params: Promise<{ indicator: string }>; searchParams: Promise<{ enregistre?: string }> };

const day = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`));

async function load(indicator: string) {
  if (!/^[A-Z][A-Z0-9_]{2,59}$/.test(indicator)) notFound();
  const [definition] = await listReferential(indicator);
  if (!definition) notFound();
  return definition;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { indicator } = await params;
  await authorize("national.read", { kind: "national" }, `/national/referentiel/${indicator}`);
  const definition = await load(indicator);
  return { title: `${definition.versions[definition.versions.length - 1]!.label} — référentiel` };
}

/** One indicator of the referential: its versions, and a new version from the current one. */
export default async function ReferentialIndicatorPage({ params, searchParams }: Params) {
  const { indicator } = await params;
  await authorize("national.read", { kind: "national" }, `/national/referentiel/${indicator}`);
  const definition = await load(indicator);
  const engagements = await listEngagementChoices();
  const latest = definition.versions[definition.versions.length - 1]!;
  const saved = (await searchParams).enregistre === "1";
  return (
    <>
      <PageBreadcrumb
        segments={[
          { label: "Administration nationale", href: "/national" },
          { label: "Référentiel des indicateurs", href: "/national/referentiel" },
        ]}
        current={latest.label}
      />
      <h1>{latest.label}</h1>
      {saved && (
        <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status">
          <p>Référentiel enregistré : version {latest.versionNumber}, en vigueur le {day(latest.effectiveFrom)}.</p>
        </div>
      )}
      <p>
        Code <code>{definition.code}</code> — suivi par {formatNumber(definition.followers)} préfecture{definition.followers > 1 ? "s" : ""}.
      </p>
      <h2>Versions</h2>
      {[...definition.versions].reverse().map((v) => (
        <section key={v.id} className="fr-mb-4w" aria-labelledby={`version-${v.versionNumber}`}>
          <h3 id={`version-${v.versionNumber}`} className="fr-h5">
            Version {v.versionNumber} — du {day(v.effectiveFrom)}
            {v.effectiveTo ? ` au ${day(v.effectiveTo)}` : " (en vigueur)"}
          </h3>
          <ul>
            <li>Libellé : {v.label}</li>
            <li>
              Unité : {UNIT_LABELS[v.unit]} ; périodicité : {PERIODICITY_LABELS[v.periodicity]} ; {v.precision} décimale{v.precision > 1 ? "s" : ""}
            </li>
            <li>Formule : {formulaInWords(v)}</li>
            <li>Agrégation : {aggregationInWords(v)}</li>
            <li>Objectif : {v.target ? formatTarget(v.target, v.unit, v.precision) : "aucun"}</li>
            {v.engagement && <li>Engagement : {v.engagement}</li>}
            {v.description && <li>Description : {v.description}</li>}
            <li>
              Composantes : {v.components.map((c) => `${c.label} (${c.code}, ${COMPONENT_ROLE_LABELS[c.role].toLowerCase()})`).join(" ; ")}
            </li>
            <li>{formatNumber(v.valueCount)} valeur{v.valueCount > 1 ? "s" : ""} saisie{v.valueCount > 1 ? "s" : ""} sous cette version</li>
          </ul>
        </section>
      ))}
      <DefinitionForm
        mode="version"
        definitionId={definition.id}
        definitionCode={definition.code}
        from={latest}
        engagements={engagements}
        today={dayOf(new Date()).toISOString().slice(0, 10)}
      />
    </>
  );
}
