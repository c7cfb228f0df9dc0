"use client";
/**
 * The national referential's form: a new indicator (with its code) or a new version of one
 * (prefilled from the version in force). Components are rows (code, label, role) added,
 * removed and moved with buttons. Whether they fit the formula is checked here with the
 * domain's checkDefinition, then again by the action.
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createIndicatorDefinition, createIndicatorVersion } from "@/lib/indicators/actions";
import { checkDefinition, parseFrenchNumber } from "@/lib/indicators/domain";
import type { ReferentialVersion } from "@/lib/indicators/queries";
import {
  AGGREGATION_LABELS,
  COMPONENT_ROLE_LABELS,
  FORMULA_LABELS,
  PERIODICITY_LABELS,
  UNIT_LABELS,
  type AggregationRule,
  type ComponentRole,
  type FormulaKind,
  type IndicatorUnit,
  type Periodicity,
} from "@/lib/indicators/vocabulary";
import { formatNumber } from "@/lib/format";
import { useHydrated } from "@/components/ui/use-hydrated";

type Row = { key: number; code: string; label: string; role: ComponentRole };
type Errors = Record<string, string | undefined>;

const options = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));

export function DefinitionForm({
  mode,
  definitionId,
  definitionCode,
  from,
  engagements,
  today,
}: {
  mode: "definition" | "version";
  definitionId?: string;
  definitionCode?: string;
  /** The version a new version starts from */
  from?: ReferentialVersion;
  engagements: { id: string; label: string }[];
  /** yyyy-mm-dd, the default date of entry into force */
  today: string;
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [code, setCode] = useState("");
  const [label, setLabel] = useState(from?.label ?? "");
  const [description, setDescription] = useState(from?.description ?? "");
  const [engagementId, setEngagementId] = useState(from?.engagementId ?? "");
  const [unit, setUnit] = useState<IndicatorUnit>(from?.unit ?? "PERCENT");
  const [periodicity, setPeriodicity] = useState<Periodicity>(from?.periodicity ?? "MONTHLY");
  const [formula, setFormula] = useState<FormulaKind>(from?.formula ?? "RATIO");
  const [aggregation, setAggregation] = useState<AggregationRule>(from?.aggregation ?? "POOLED_RATIO");
  const [precision, setPrecision] = useState(String(from?.precision ?? 1));
  const [hasTarget, setHasTarget] = useState(from ? from.target !== null : false);
  const [targetValue, setTargetValue] = useState(from?.target ? formatNumber(from.target.value, String(from.target.value).split(".")[1]?.length ?? 0) : "");
  const [direction, setDirection] = useState<"AT_LEAST" | "AT_MOST">(from?.target?.direction ?? "AT_LEAST");
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [rows, setRows] = useState<Row[]>(() =>
    (from?.components ?? [
      { code: "", label: "", role: "NUMERATOR" as ComponentRole },
      { code: "", label: "", role: "DENOMINATOR" as ComponentRole },
    ]).map((c, i) => ({ ...c, key: i })),
  );
  const [nextKey, setNextKey] = useState(100);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string>();
  const [pending, start] = useTransition();
  const id = mode === "definition" ? "nouvel-indicateur" : "nouvelle-version";

  const setRow = (key: number, patch: Partial<Row>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const moveRow = (index: number, by: -1 | 1) =>
    setRows((all) => {
      const next = [...all];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });

  const submit = () => {
    const problems: Errors = {};
    const target = hasTarget ? parseFrenchNumber(targetValue) : null;
    if (target && (!target.ok || target.value === null)) problems["target.value"] = target.ok ? "Saisissez l’objectif, ou décochez « Objectif »." : target.message;
    const components = rows.map(({ code: c, label: l, role }) => ({ code: c.trim(), label: l.trim(), role }));
    for (const p of checkDefinition({ unit, formula, aggregation, components })) problems[p.field] = [problems[p.field], p.message].filter(Boolean).join(" ");
    if (Object.keys(problems).length) {
      setErrors(problems);
      setMessage("Le formulaire contient des erreurs : voir les champs signalés.");
      return;
    }
    const fields = {
      label,
      description: description || null,
      engagementId: engagementId || null,
      unit,
      periodicity,
      formula,
      aggregation,
      precision: Number(precision),
      target: target && target.ok && target.value !== null ? { value: target.value, direction } : null,
      effectiveFrom,
      components,
    };
    start(async () => {
      const result =
        mode === "definition"
          ? await createIndicatorDefinition({ code, ...fields })
          : await createIndicatorVersion({ definitionId: definitionId!, basedOnVersion: from!.versionNumber, ...fields });
      if (!result.ok) {
        setErrors(Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k, v.join(" ")])));
        setMessage(result.error);
        return;
      }
      setErrors({});
      setMessage(undefined);
      router.push(`/national/referentiel/${encodeURIComponent(mode === "definition" ? code : (definitionCode ?? ""))}?enregistre=1`);
      router.refresh();
    });
  };

  const field = (name: string) => ({
    state: errors[name] ? ("error" as const) : undefined,
    error: errors[name],
    describedBy: errors[name] ? `${id}-${name.replace(/\./g, "-")}-erreur` : undefined,
  });
  const errorText = (name: string) =>
    errors[name] ? (
      <p id={`${id}-${name.replace(/\./g, "-")}-erreur`} className="fr-error-text">
        {errors[name]}
      </p>
    ) : null;

  return (
    <form
      aria-labelledby={`${id}-titre`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id={`${id}-titre`} className="fr-h4">
        {mode === "definition" ? "Nouvel indicateur" : `Nouvelle version (à partir de la version ${from?.versionNumber})`}
      </h2>
      {mode === "definition" && (
        <div className={`fr-input-group ${field("code").state ? "fr-input-group--error" : ""}`}>
          <label className="fr-label" htmlFor={`${id}-code`}>
            Code
            <span className="fr-hint-text">Majuscules, chiffres et « _ » ; il ne change plus (par exemple « CALL_PICKUP_RATE »).</span>
          </label>
          <input className="fr-input" id={`${id}-code`} value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} aria-describedby={field("code").describedBy} required />
          {errorText("code")}
        </div>
      )}
      <div className={`fr-input-group ${field("label").state ? "fr-input-group--error" : ""}`}>
        <label className="fr-label" htmlFor={`${id}-libelle`}>
          Libellé
        </label>
        <input className="fr-input" id={`${id}-libelle`} value={label} onChange={(e) => setLabel(e.target.value)} aria-describedby={field("label").describedBy} required maxLength={200} />
        {errorText("label")}
      </div>
      <div className="fr-input-group">
        <label className="fr-label" htmlFor={`${id}-description`}>
          Description et périmètre de mesure
          <span className="fr-hint-text">Par exemple : « mesuré par périmètre : standard ou services ».</span>
        </label>
        <textarea className="fr-input" id={`${id}-description`} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={1000} />
      </div>
      <div className="fr-select-group">
        <label className="fr-label" htmlFor={`${id}-engagement`}>
          Engagement dont il apporte la preuve
        </label>
        <select className="fr-select" id={`${id}-engagement`} value={engagementId} onChange={(e) => setEngagementId(e.target.value)}>
          <option value="">Aucun</option>
          {engagements.map((e) => (
            <option key={e.id} value={e.id}>
              {e.label}
            </option>
          ))}
        </select>
      </div>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4 fr-select-group">
          <label className="fr-label" htmlFor={`${id}-unite`}>
            Unité
          </label>
          <select className="fr-select" id={`${id}-unite`} value={unit} onChange={(e) => setUnit(e.target.value as IndicatorUnit)} aria-describedby={field("unit").describedBy}>
            {options(UNIT_LABELS)}
          </select>
          {errorText("unit")}
        </div>
        <div className="fr-col-12 fr-col-md-4 fr-select-group">
          <label className="fr-label" htmlFor={`${id}-periodicite`}>
            Périodicité de saisie
          </label>
          <select className="fr-select" id={`${id}-periodicite`} value={periodicity} onChange={(e) => setPeriodicity(e.target.value as Periodicity)}>
            {options(PERIODICITY_LABELS)}
          </select>
        </div>
        <div className="fr-col-12 fr-col-md-4 fr-input-group">
          <label className="fr-label" htmlFor={`${id}-precision`}>
            Décimales affichées
          </label>
          <input className="fr-input" id={`${id}-precision`} type="number" min={0} max={4} value={precision} onChange={(e) => setPrecision(e.target.value)} />
        </div>
      </div>
      <div className="fr-select-group">
        <label className="fr-label" htmlFor={`${id}-formule`}>
          Formule
        </label>
        <select className="fr-select" id={`${id}-formule`} value={formula} onChange={(e) => setFormula(e.target.value as FormulaKind)}>
          {options(FORMULA_LABELS)}
        </select>
      </div>
      <div className="fr-select-group">
        <label className="fr-label" htmlFor={`${id}-agregation`}>
          Agrégation annuelle (et trimestrielle)
        </label>
        <select
          className={`fr-select ${errors.aggregation ? "fr-select--error" : ""}`}
          id={`${id}-agregation`}
          value={aggregation}
          onChange={(e) => setAggregation(e.target.value as AggregationRule)}
          aria-describedby={field("aggregation").describedBy}
        >
          {options(AGGREGATION_LABELS)}
        </select>
        {errorText("aggregation")}
      </div>
      <fieldset className="fr-fieldset" aria-describedby={field("components").describedBy}>
        <legend className="fr-fieldset__legend">Composantes (chiffres saisis)</legend>
        {rows.map((row, i) => (
          <div key={row.key} className="fr-fieldset__element">
            <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
              <div className="fr-col-12 fr-col-md-3 fr-input-group">
                <label className="fr-label" htmlFor={`${id}-c${row.key}-code`}>
                  Code de la composante {i + 1}
                </label>
                <input
                  className={`fr-input ${errors[`components.${i}.code`] ? "fr-input--error" : ""}`}
                  id={`${id}-c${row.key}-code`}
                  value={row.code}
                  onChange={(e) => setRow(row.key, { code: e.target.value })}
                  aria-describedby={field(`components.${i}.code`).describedBy}
                />
                {errorText(`components.${i}.code`)}
              </div>
              <div className="fr-col-12 fr-col-md-5 fr-input-group">
                <label className="fr-label" htmlFor={`${id}-c${row.key}-libelle`}>
                  Libellé de la composante {i + 1}
                </label>
                <input className="fr-input" id={`${id}-c${row.key}-libelle`} value={row.label} onChange={(e) => setRow(row.key, { label: e.target.value })} />
                {errorText(`components.${i}.label`)}
              </div>
              <div className="fr-col-12 fr-col-md-2 fr-select-group">
                <label className="fr-label" htmlFor={`${id}-c${row.key}-role`}>
                  Rôle de la composante {i + 1}
                </label>
                <select className="fr-select" id={`${id}-c${row.key}-role`} value={row.role} onChange={(e) => setRow(row.key, { role: e.target.value as ComponentRole })}>
                  {options(COMPONENT_ROLE_LABELS)}
                </select>
              </div>
              <div className="fr-col-12 fr-col-md-2">
                <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                  <li>
                    <button type="button" className="fr-btn fr-btn--tertiary fr-icon-arrow-up-line" disabled={i === 0} onClick={() => moveRow(i, -1)}>
                      Monter la composante {i + 1}
                    </button>
                  </li>
                  <li>
                    <button type="button" className="fr-btn fr-btn--tertiary fr-icon-delete-line" disabled={rows.length === 1} onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}>
                      Retirer la composante {i + 1}
                    </button>
                  </li>
                </ul>
              </div>
            </div>
          </div>
        ))}
        <div className="fr-fieldset__element">
          <Button
            type="button"
            size="small"
            priority="secondary"
            iconId="fr-icon-add-line"
            disabled={rows.length >= 12}
            onClick={() => {
              setRows((all) => [...all, { key: nextKey, code: "", label: "", role: "VALUE" }]);
              setNextKey((k) => k + 1);
            }}
          >
            Ajouter une composante
          </Button>
        </div>
        {errorText("components")}
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Objectif</legend>
        <div className="fr-fieldset__element">
          <div className="fr-checkbox-group">
            <input type="checkbox" id={`${id}-objectif`} checked={hasTarget} onChange={(e) => setHasTarget(e.target.checked)} />
            <label className="fr-label" htmlFor={`${id}-objectif`}>
              Le référentiel fixe un objectif
            </label>
          </div>
        </div>
        {hasTarget && (
          <>
            <div className="fr-fieldset__element fr-fieldset__element--inline fr-select-group">
              <label className="fr-label" htmlFor={`${id}-sens`}>
                Sens
              </label>
              <select className="fr-select" id={`${id}-sens`} value={direction} onChange={(e) => setDirection(e.target.value as typeof direction)}>
                <option value="AT_LEAST">Au moins (≥)</option>
                <option value="AT_MOST">Au plus (≤)</option>
              </select>
            </div>
            <div className={`fr-fieldset__element fr-fieldset__element--inline fr-input-group ${errors["target.value"] ? "fr-input-group--error" : ""}`}>
              <label className="fr-label" htmlFor={`${id}-valeur`}>
                Valeur de l’objectif
              </label>
              <input className="fr-input" id={`${id}-valeur`} inputMode="decimal" value={targetValue} onChange={(e) => setTargetValue(e.target.value)} aria-describedby={field("target.value").describedBy} />
              {errorText("target.value")}
            </div>
          </>
        )}
      </fieldset>
      <div className={`fr-input-group ${errors.effectiveFrom ? "fr-input-group--error" : ""}`}>
        <label className="fr-label" htmlFor={`${id}-vigueur`}>
          Entrée en vigueur
          <span className="fr-hint-text">
            {mode === "version"
              ? "La version actuelle prend fin la veille. Une année se saisit avec la version en vigueur au 1er janvier ; les valeurs déjà saisies gardent leur version."
              : "Les années à partir de cette date se saisissent avec cette version."}
          </span>
        </label>
        <input className="fr-input" id={`${id}-vigueur`} type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} aria-describedby={field("effectiveFrom").describedBy} />
        {errorText("effectiveFrom")}
      </div>
      {message && <Alert severity="error" small description={message} className="fr-mb-2w" role="alert" />}
      <Button type="submit" disabled={pending || !hydrated}>
        {mode === "definition" ? "Créer l’indicateur" : "Créer la version"}
      </Button>
    </form>
  );
}
