"use client";
/**
 * One indicator's settings for the prefecture (referents): follow it, its own every-year
 * target, the agents who enter it — saved together by configureIndicator.
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { configureIndicator } from "@/lib/indicators/actions";
import { parseFrenchNumber } from "@/lib/indicators/domain";
import type { IndicatorSetting } from "@/lib/indicators/queries";
import { formatNumber } from "@/lib/format";
import { useHydrated } from "@/components/ui/use-hydrated";

export function IndicatorSettingsForm({
  prefectureId,
  setting,
  agents,
  targetText,
}: {
  prefectureId: string;
  setting: IndicatorSetting;
  agents: { id: string; name: string; email: string }[];
  /** The referential's target in words ("≥ 90 %"), or null */
  targetText: string | null;
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const id = `reglage-${setting.code.toLowerCase()}`;
  const [followed, setFollowed] = useState(setting.followed);
  const [ownTarget, setOwnTarget] = useState(setting.localTarget !== null);
  const [targetValue, setTargetValue] = useState(setting.localTarget ? formatNumber(setting.localTarget.value, String(setting.localTarget.value).split(".")[1]?.length ?? 0) : "");
  const [direction, setDirection] = useState(setting.localTarget?.direction ?? setting.nationalTarget?.direction ?? "AT_LEAST");
  const [assignees, setAssignees] = useState<string[]>(setting.assigneeIds);
  const [message, setMessage] = useState<{ severity: "success" | "error"; text: string }>();
  const [targetError, setTargetError] = useState<string>();
  const [pending, start] = useTransition();

  return (
    <form
      aria-label={`Réglages — ${setting.label}`}
      onSubmit={(event) => {
        event.preventDefault();
        let localTarget: { value: number; direction: "AT_LEAST" | "AT_MOST" } | null = null;
        if (ownTarget) {
          const parsed = parseFrenchNumber(targetValue);
          if (!parsed.ok || parsed.value === null) {
            setTargetError(parsed.ok ? "Saisissez l’objectif local, ou décochez « Fixer un objectif local »." : parsed.message);
            return;
          }
          localTarget = { value: parsed.value, direction };
        }
        setTargetError(undefined);
        start(async () => {
          const result = await configureIndicator({ prefectureId, definitionId: setting.definitionId, followed, localTarget, assigneeIds: assignees });
          if (!result.ok) {
            setTargetError(result.fieldErrors?.["localTarget.value"]?.[0]);
            setMessage({ severity: "error", text: result.error });
            return;
          }
          setMessage({ severity: "success", text: `Réglages de « ${setting.label} » enregistrés.` });
          router.refresh();
        });
      }}
    >
      <div className="fr-checkbox-group fr-mb-2w">
        <input type="checkbox" id={`${id}-suivi`} checked={followed} onChange={(e) => setFollowed(e.target.checked)} />
        <label className="fr-label" htmlFor={`${id}-suivi`}>
          La préfecture suit cet indicateur
          <span className="fr-hint-text">
            {setting.valueCount > 0
              ? `${setting.valueCount} valeur${setting.valueCount > 1 ? "s" : ""} enregistrée${setting.valueCount > 1 ? "s" : ""} : ne plus le suivre les conserve.`
              : "Il apparaît dans la grille de saisie et le bilan annuel."}
          </span>
        </label>
      </div>
      <fieldset className="fr-fieldset" aria-describedby={targetError ? `${id}-objectif-erreur` : undefined}>
        <legend className="fr-fieldset__legend fr-text--regular">
          Objectif
          <span className="fr-hint-text">{targetText ? `Référentiel national : ${targetText}.` : "Le référentiel ne fixe pas d’objectif."}</span>
        </legend>
        <div className="fr-fieldset__element">
          <div className="fr-checkbox-group">
            <input type="checkbox" id={`${id}-objectif-local`} checked={ownTarget} onChange={(e) => setOwnTarget(e.target.checked)} />
            <label className="fr-label" htmlFor={`${id}-objectif-local`}>
              Fixer un objectif local (toutes les années)
            </label>
          </div>
        </div>
        {ownTarget && (
          <>
            <div className="fr-fieldset__element fr-fieldset__element--inline">
              <div className="fr-select-group">
                <label className="fr-label" htmlFor={`${id}-sens`}>
                  Sens
                </label>
                <select className="fr-select" id={`${id}-sens`} value={direction} onChange={(e) => setDirection(e.target.value as typeof direction)}>
                  <option value="AT_LEAST">Au moins (≥)</option>
                  <option value="AT_MOST">Au plus (≤)</option>
                </select>
              </div>
            </div>
            <div className="fr-fieldset__element fr-fieldset__element--inline">
              <div className={`fr-input-group ${targetError ? "fr-input-group--error" : ""}`}>
                <label className="fr-label" htmlFor={`${id}-valeur`}>
                  Valeur {setting.unit === "PERCENT" ? "(en %)" : setting.unit === "DAYS" ? "(en jours)" : ""}
                </label>
                <input
                  className={`fr-input ${targetError ? "fr-input--error" : ""}`}
                  id={`${id}-valeur`}
                  inputMode="decimal"
                  value={targetValue}
                  aria-invalid={targetError ? true : undefined}
                  onChange={(e) => setTargetValue(e.target.value)}
                />
              </div>
            </div>
          </>
        )}
        {targetError && (
          <p id={`${id}-objectif-erreur`} className="fr-error-text fr-ml-1w">
            {targetError}
          </p>
        )}
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend fr-text--regular">
          Agents chargés de la saisie
          <span className="fr-hint-text">Aucun coché : tous les agents peuvent le saisir. Les référents saisissent toujours.</span>
        </legend>
        {agents.map((agent) => (
          <div className="fr-fieldset__element" key={agent.id}>
            <div className="fr-checkbox-group fr-checkbox-group--sm">
              <input
                type="checkbox"
                id={`${id}-agent-${agent.id}`}
                checked={assignees.includes(agent.id)}
                onChange={(e) => setAssignees((current) => (e.target.checked ? [...current, agent.id] : current.filter((a) => a !== agent.id)))}
              />
              <label className="fr-label" htmlFor={`${id}-agent-${agent.id}`}>
                {agent.name} <span className="fr-hint-text">{agent.email}</span>
              </label>
            </div>
          </div>
        ))}
      </fieldset>
      <Button type="submit" size="small" disabled={pending || !hydrated}>
        Enregistrer les réglages
      </Button>
      {message && <Alert severity={message.severity} small description={message.text} className="fr-mt-2w" role={message.severity === "error" ? "alert" : "status"} />}
    </form>
  );
}
