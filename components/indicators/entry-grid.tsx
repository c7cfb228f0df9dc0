"use client";
/**
 * The entry grid of a year: one table per followed indicator (and scope) — periods as
 * columns, components as rows, the computed value and the target status under them, the
 * yearly aggregate last. Works like a spreadsheet: arrows and Enter move, typing replaces
 * (the cell's text is selected on focus), a block pasted from Excel or LibreOffice fills from
 * the focused cell, Ctrl+Z undoes the last change. Each period is saved on its own through
 * saveIndicatorPeriod; the server's computed value replaces the preview and the result is
 * announced. The rules are the domain's (parseFrenchNumber, validateEntry, computeValue,
 * meetsTarget), the same the action applies.
 */
import { useMemo, useRef, useState } from "react";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { saveIndicatorPeriod } from "@/lib/indicators/actions";
import {
  computeValue,
  formatIndicatorValue,
  formatTarget,
  meetsTarget,
  parseFrenchNumber,
  parsePastedBlock,
  validateEntry,
} from "@/lib/indicators/domain";
import type { GridIndicator, GridPeriod, GridSeries } from "@/lib/indicators/queries";
import { formatDateTime, formatNumber } from "@/lib/format";
import { useHydrated } from "@/components/ui/use-hydrated";
import styles from "./entry-grid.module.css";

type Cells = Record<number, Record<string, string>>;
type Change = { period: number; code: string; before: string; after: string };

function figureText(value: number | null): string {
  if (value === null) return "";
  const decimals = Math.min((String(value).split(".")[1] ?? "").length, 4);
  return formatNumber(value, decimals);
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function cellsOf(periods: readonly GridPeriod[]): Cells {
  return Object.fromEntries(periods.map((p) => [p.period, Object.fromEntries(Object.entries(p.components).map(([code, v]) => [code, figureText(v)]))]));
}

function StatusBadge({ met, hasTarget }: { met: boolean | null; hasTarget: boolean }) {
  if (met === null) return <span>{hasTarget ? "—" : "Sans objectif"}</span>;
  return (
    <Badge severity={met ? "success" : "error"} small noIcon={false}>
      {met ? "Atteint" : "Non atteint"}
    </Badge>
  );
}

/**
 * `enterableIds`: the followed indicators (prefectureIndicatorId) this user may enter — every
 * one for a referent, the assigned or unassigned ones for staff, none for a member.
 */
export function EntryGrid({
  indicators,
  year,
  enterableIds,
  prefectureCode,
}: {
  indicators: GridIndicator[];
  year: number;
  enterableIds: string[];
  prefectureCode: string;
}) {
  if (indicators.length === 0) {
    return <p>La préfecture ne suit encore aucun indicateur en {year}.</p>;
  }
  return (
    <>
      {indicators.map((indicator) =>
        indicator.series.map((series) => (
          <SeriesTable
            // A lock, an unlock or an import refreshes the page: the table starts again from the
            // server's periods when their locks or stored versions changed.
            key={`${indicator.prefectureIndicatorId}:${series.scope}:${series.periods.map((p) => `${p.locked ? "v" : ""}${p.version ?? 0}`).join(",")}`}
            indicator={indicator}
            initial={series}
            year={year}
            canEnter={enterableIds.includes(indicator.prefectureIndicatorId)}
            assignedElsewhere={enterableIds.length > 0 && !enterableIds.includes(indicator.prefectureIndicatorId)}
            href={`/${prefectureCode}/indicateurs/${encodeURIComponent(indicator.code)}?annee=${year}`}
            prefectureCode={prefectureCode}
          />
        )),
      )}
    </>
  );
}

function SeriesTable({
  indicator,
  initial,
  year,
  canEnter,
  assignedElsewhere,
  href,
  prefectureCode,
}: {
  indicator: GridIndicator;
  initial: GridSeries;
  year: number;
  canEnter: boolean;
  /** the user enters other indicators, not this one (assigned to other agents) */
  assignedElsewhere: boolean;
  /** the indicator's page: chart, formula, history */
  href: string;
  prefectureCode: string;
}) {
  const hydrated = useHydrated();
  const [periods, setPeriods] = useState(initial.periods);
  const [cells, setCells] = useState<Cells>(() => cellsOf(initial.periods));
  const [history, setHistory] = useState<Change[][]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [announce, setAnnounce] = useState("");
  const [saving, setSaving] = useState<number | null>(null);
  /** The period whose comment and explanation are being edited */
  const [notesOf, setNotesOf] = useState<number | null>(null);
  const [notes, setNotes] = useState<Record<number, { comment: string; explanation: string }>>(() =>
    Object.fromEntries(initial.periods.map((p) => [p.period, { comment: p.comment ?? "", explanation: p.explanation ?? "" }])),
  );
  const tableRef = useRef<HTMLTableElement>(null);
  const saved = useMemo(() => cellsOf(periods), [periods]);

  const def = indicator;
  const id = `indicateur-${indicator.code.toLowerCase()}${initial.scope ? `-${initial.scope}` : ""}`;
  const allLocked = periods.every((p) => p.locked);
  const someLocked = periods.some((p) => p.locked);
  const editable = (p: GridPeriod) => canEnter && !p.locked;
  const key = (period: number, code: string) => `${period}:${code}`;

  const figuresOf = (period: number) => {
    const figures: Record<string, number | null> = {};
    const problems: Record<string, string> = {};
    for (const c of def.components) {
      const parsed = parseFrenchNumber(cells[period]?.[c.code] ?? "");
      if (parsed.ok) figures[c.code] = parsed.value;
      else {
        figures[c.code] = null;
        problems[key(period, c.code)] = parsed.message;
      }
    }
    return { figures, problems };
  };

  const apply = (changes: Change[], direction: "do" | "undo") => {
    setCells((current) => {
      const next: Cells = { ...current };
      for (const change of changes) next[change.period] = { ...next[change.period], [change.code]: direction === "do" ? change.after : change.before };
      return next;
    });
  };

  const change = (changes: Change[]) => {
    const real = changes.filter((c) => c.before !== c.after);
    if (real.length === 0) return;
    apply(real, "do");
    setHistory((h) => [...h.slice(-49), real]);
  };

  const undo = () => {
    const last = history[history.length - 1];
    if (!last) return;
    apply(last, "undo");
    setHistory((h) => h.slice(0, -1));
    setAnnounce(last.length === 1 ? "Dernière modification annulée." : `Dernier collage annulé (${last.length} cellules).`);
  };

  const inputAt = (row: number, col: number) =>
    tableRef.current?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`) ?? null;

  const move = (row: number, col: number) => {
    const target = inputAt(row, col);
    if (target) {
      target.focus();
      target.select();
    }
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    const input = event.currentTarget;
    const whole = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z") {
      event.preventDefault();
      undo();
      return;
    }
    switch (event.key) {
      case "ArrowUp":
        event.preventDefault();
        move(row - 1, col);
        break;
      case "ArrowDown":
      case "Enter":
        event.preventDefault();
        move(row + 1, col);
        break;
      case "ArrowLeft":
        if (whole || input.selectionStart === 0) {
          event.preventDefault();
          move(row, col - 1);
        }
        break;
      case "ArrowRight":
        if (whole || input.selectionEnd === input.value.length) {
          event.preventDefault();
          move(row, col + 1);
        }
        break;
    }
  };

  const onPaste = (event: React.ClipboardEvent<HTMLInputElement>, row: number, col: number) => {
    const block = parsePastedBlock(event.clipboardData.getData("text/plain"));
    if (block.length === 1 && block[0]?.length === 1) return; // one value: the input takes it
    event.preventDefault();
    const changes: Change[] = [];
    let skipped = 0;
    block.forEach((line, r) =>
      line.forEach((text, c) => {
        const component = def.components[row + r];
        const period = periods[col + c];
        if (!component || !period) return void skipped++;
        if (!editable(period)) return void skipped++;
        changes.push({ period: period.period, code: component.code, before: cells[period.period]?.[component.code] ?? "", after: text.trim() });
      }),
    );
    change(changes);
    setAnnounce(`${changes.length} cellule${changes.length > 1 ? "s" : ""} collée${changes.length > 1 ? "s" : ""}${skipped ? `, ${skipped} hors de la grille ou verrouillée${skipped > 1 ? "s" : ""} ignorée${skipped > 1 ? "s" : ""}` : ""}.`);
  };

  const save = async (p: GridPeriod, withNotes = false) => {
    const { figures, problems } = figuresOf(p.period);
    for (const problem of validateEntry(def, figures)) problems[key(p.period, problem.field)] = problem.message;
    const cleared = Object.fromEntries(Object.entries(errors).filter(([k]) => !k.startsWith(`${p.period}:`)));
    if (Object.keys(problems).length) {
      setErrors({ ...cleared, ...problems });
      setAnnounce(`${capitalized(p.longLabel)} non enregistré : ${Object.values(problems).join(" ")}`);
      return;
    }
    setSaving(p.period);
    const result = await saveIndicatorPeriod({
      prefectureIndicatorId: indicator.prefectureIndicatorId,
      year,
      period: p.period,
      scope: initial.scope,
      version: p.version,
      components: figures,
      ...(withNotes ? { comment: notes[p.period]?.comment ?? "", explanation: notes[p.period]?.explanation ?? "" } : {}),
    });
    setSaving(null);
    if (!result.ok) {
      const fieldProblems: Record<string, string> = {};
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (field.startsWith("components.")) fieldProblems[key(p.period, field.slice("components.".length))] = messages.join(" ");
      }
      setErrors({ ...cleared, ...fieldProblems });
      setAnnounce(`${capitalized(p.longLabel)} non enregistré : ${result.error}`);
      return;
    }
    setErrors(cleared);
    const next: GridPeriod = { ...p, ...result.data, published: result.data.isDirect ? result.data.value : p.published };
    setPeriods((all) => all.map((q) => (q.period === p.period ? next : q)));
    setCells((current) => ({ ...current, [p.period]: cellsOf([next])[p.period] ?? {} }));
    setNotes((current) => ({ ...current, [p.period]: { comment: next.comment ?? "", explanation: next.explanation ?? "" } }));
    const value = result.data.value === null ? "aucune valeur" : formatIndicatorValue(result.data.value, def.unit, def.precision);
    const status = result.data.met === null ? "" : result.data.met ? " — objectif atteint" : " — objectif non atteint";
    // A missed target asks for its explanation (shown in the yearly report).
    const ask = result.data.met === false && !result.data.explanation;
    if (ask) setNotesOf(p.period);
    else if (withNotes) setNotesOf(null);
    setAnnounce(`${capitalized(p.longLabel)} enregistré : ${value}${status}.${ask ? " Expliquez l’écart à l’objectif dans le champ « Explication » ci-dessous." : ""}`);
  };

  const preview = (p: GridPeriod) => {
    const { figures, problems } = figuresOf(p.period);
    if (Object.keys(problems).length) return { value: null, met: null, dirty: true };
    const dirty = def.components.some((c) => (cells[p.period]?.[c.code] ?? "") !== (saved[p.period]?.[c.code] ?? ""));
    if (!dirty) return { value: p.value, met: p.met, dirty: false };
    const computed = computeValue(def, figures);
    return { value: computed, met: meetsTarget(computed, indicator.target, { precision: def.precision }), dirty: true };
  };

  const scopeLabel = initial.scope ? ` (périmètre : ${initial.scope})` : "";
  const aggregate = initial.aggregate;

  return (
    <section className="fr-mb-6w" aria-labelledby={`${id}-titre`}>
      <h2 id={`${id}-titre`} className="fr-h4 fr-mb-1w">
        {indicator.label}
        {scopeLabel}
      </h2>
      <p className="fr-text--sm fr-mb-1w">
        <a className="fr-link fr-icon-line-chart-line fr-link--icon-left" href={href}>
          Graphique, formule et historique<span className="fr-sr-only"> — {indicator.label}</span>
        </a>
      </p>
      <p className="fr-text--sm fr-mb-1w">
        {indicator.target
          ? `Objectif : ${formatTarget(indicator.target, def.unit, def.precision)}${indicator.target.source === "NATIONAL" ? " (référentiel national)" : " (objectif local)"}.`
          : "Pas d'objectif fixé."}
        {allLocked
          ? ` Toutes les périodes de ${year} sont verrouillées : leurs chiffres ont été présentés au comité.`
          : someLocked
            ? " Les périodes marquées « Période verrouillée » ont été présentées au comité."
            : ""}
        {assignedElsewhere && " Cet indicateur est confié à d’autres agents : vous le consultez sans pouvoir le saisir."}
      </p>
      {/* Read-only, the table holds nothing focusable: the scrolling area itself takes the focus
          (arrow keys scroll it), which the DSFR's own scroll wrapper would not (axe: scrollable-region-focusable). */}
      <div
        className={canEnter ? `fr-table fr-table--no-caption ${styles.wrapper}` : `${styles.wrapper} ${styles.readOnly}`}
        {...(canEnter ? {} : { tabIndex: 0, role: "region", "aria-label": `${indicator.label}${scopeLabel} — ${year}` })}
      >
        <table ref={tableRef} className={styles.grid}>
          <caption>
            {indicator.label}
            {scopeLabel} — {year}
          </caption>
          <thead>
            <tr>
              <th scope="col">Composante</th>
              {periods.map((p) => (
                <th scope="col" key={p.period}>
                  <abbr title={p.longLabel}>{p.label}</abbr>
                  {p.locked && <span className={`fr-icon-lock-line fr-icon--sm ${styles.lock}`} title="Période verrouillée" aria-hidden="true" />}
                  {p.locked && <span className="fr-sr-only">Période verrouillée</span>}
                </th>
              ))}
              <th scope="col">Année {year}</th>
            </tr>
          </thead>
          <tbody>
            {def.components.map((c, row) => (
              <tr key={c.code}>
                <th scope="row" className={styles.rowHeader}>
                  {c.label}
                </th>
                {periods.map((p, col) => {
                  const text = cells[p.period]?.[c.code] ?? "";
                  const error = errors[key(p.period, c.code)];
                  const label = `${c.label} — ${p.longLabel}`;
                  if (!canEnter) return <td key={p.period} className={styles.figure}>{text || "—"}</td>;
                  return (
                    <td key={p.period} className={styles.cell}>
                      <input
                        className={`fr-input ${styles.input} ${error ? "fr-input--error" : ""}`}
                        inputMode="decimal"
                        autoComplete="off"
                        aria-label={p.locked ? `${label} (période verrouillée)` : label}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${id}-erreur-${p.period}-${c.code}` : undefined}
                        readOnly={p.locked}
                        data-row={row}
                        data-col={col}
                        value={text}
                        onFocus={(e) => e.currentTarget.select()}
                        onChange={(e) => change([{ period: p.period, code: c.code, before: text, after: e.target.value }])}
                        onKeyDown={(e) => onKeyDown(e, row, col)}
                        onPaste={(e) => onPaste(e, row, col)}
                      />
                      {error && (
                        <p id={`${id}-erreur-${p.period}-${c.code}`} className="fr-error-text fr-mt-1v">
                          {error}
                        </p>
                      )}
                    </td>
                  );
                })}
                <td />
              </tr>
            ))}
            <tr>
              <th scope="row">Valeur</th>
              {periods.map((p) => {
                const v = preview(p);
                return (
                  <td key={p.period} className={styles.figure}>
                    {v.value === null ? "—" : formatIndicatorValue(v.value, def.unit, def.precision)}
                    {p.isDirect && !v.dirty && <span className="fr-text--xs fr-mb-0"> (saisie directe)</span>}
                    {v.dirty && <span className="fr-text--xs fr-mb-0"> (non enregistré)</span>}
                  </td>
                );
              })}
              <td className={styles.figure}>
                <strong>{aggregate.value === null ? "—" : formatIndicatorValue(aggregate.value, def.unit, def.precision)}</strong>
                {aggregate.approximate && <span className="fr-text--xs"> (approximation)</span>}
                {aggregate.source === "AS_ENTERED" && <span className="fr-text--xs"> (saisie pour l’année)</span>}
              </td>
            </tr>
            <tr>
              <th scope="row">Objectif</th>
              {periods.map((p) => (
                <td key={p.period}>
                  <StatusBadge met={preview(p).met} hasTarget={indicator.target !== null} />
                </td>
              ))}
              <td>
                <StatusBadge met={aggregate.met} hasTarget={indicator.target !== null} />
              </td>
            </tr>
            {canEnter && (
              <tr>
                <th scope="row">Enregistrer</th>
                {periods.map((p) => (
                  <td key={p.period}>
                    {p.locked ? (
                      <span className="fr-text--xs">Période verrouillée</span>
                    ) : (
                      <button
                        type="button"
                        className="fr-btn fr-btn--sm fr-btn--secondary"
                        disabled={!hydrated || saving !== null}
                        aria-label={`Enregistrer ${p.longLabel} — ${indicator.label}${scopeLabel}`}
                        title={p.updatedAt ? `Dernier enregistrement${p.enteredBy ? ` par ${p.enteredBy}` : ""} le ${formatDateTime(new Date(p.updatedAt))}` : undefined}
                        onClick={() => void save(p)}
                      >
                        {saving === p.period ? "Enregistrement…" : "Enregistrer"}
                      </button>
                    )}
                  </td>
                ))}
                <td />
              </tr>
            )}
            {canEnter && (
              <tr>
                <th scope="row">Commentaire</th>
                {periods.map((p) => {
                  const has = Boolean(p.comment || p.explanation);
                  const missing = p.met === false && !p.explanation;
                  return (
                    <td key={p.period}>
                      <button
                        type="button"
                        className={`fr-btn fr-btn--sm fr-btn--tertiary-no-outline ${has ? "fr-icon-chat-3-fill" : "fr-icon-chat-3-line"} ${styles.noteButton}`}
                        aria-expanded={notesOf === p.period}
                        aria-controls={`${id}-notes`}
                        disabled={p.locked && !has}
                        title={missing ? "Objectif non atteint : explication à saisir" : has ? "Voir ou modifier le commentaire" : "Ajouter un commentaire"}
                        onClick={() => setNotesOf(notesOf === p.period ? null : p.period)}
                      >
                        {`${has ? "Commentaire" : "Commenter"} — ${p.longLabel}${missing ? " (explication attendue)" : ""}`}
                      </button>
                      {missing && <span className={styles.missing} aria-hidden="true">!</span>}
                    </td>
                  );
                })}
                <td />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {canEnter && notesOf !== null && (
        <NotesPanel
          id={`${id}-notes`}
          period={periods.find((p) => p.period === notesOf)!}
          indicatorLabel={`${indicator.label}${scopeLabel}`}
          value={notes[notesOf] ?? { comment: "", explanation: "" }}
          busy={!hydrated || saving !== null}
          onChange={(next) => setNotes((current) => ({ ...current, [notesOf]: next }))}
          onSave={(p) => void save(p, true)}
          onClose={() => setNotesOf(null)}
          actionHref={(valueId) => `/${prefectureCode}/plan-actions/nouvelle?indicateur=${valueId}`}
        />
      )}
      <NotesList periods={periods} />
      <p className="fr-sr-only" aria-live="polite" role="status">
        {announce}
      </p>
      {announce && (
        <p className="fr-text--sm fr-mt-1w" aria-hidden="true">
          {announce}
        </p>
      )}
    </section>
  );
}

/** The comments and explanations of a year, visible under the grid (and read by members). */
function NotesList({ periods }: { periods: readonly GridPeriod[] }) {
  const noted = periods.filter((p) => p.comment || p.explanation);
  if (noted.length === 0) return null;
  return (
    <ul className="fr-text--sm fr-mt-1w">
      {noted.map((p) => (
        <li key={p.period}>
          <strong>{capitalized(p.longLabel)}</strong>
          {p.comment && <> — commentaire : {p.comment}</>}
          {p.explanation && <> — explication de l’écart à l’objectif : {p.explanation}</>}
        </li>
      ))}
    </ul>
  );
}

function NotesPanel({
  id,
  period,
  indicatorLabel,
  value,
  busy,
  onChange,
  onSave,
  onClose,
  actionHref,
}: {
  id: string;
  period: GridPeriod;
  indicatorLabel: string;
  value: { comment: string; explanation: string };
  busy: boolean;
  onChange(next: { comment: string; explanation: string }): void;
  onSave(period: GridPeriod): void;
  onClose(): void;
  /** "Créer une action" for a stored period that misses its target */
  actionHref(valueId: string): string;
}) {
  const missed = period.met === false;
  return (
    <fieldset id={id} className={`fr-fieldset fr-mt-2w ${styles.notes}`}>
      <legend className="fr-fieldset__legend fr-text--md">
        Commentaire — {period.longLabel} — {indicatorLabel}
      </legend>
      <div className="fr-fieldset__element">
        <div className="fr-input-group">
          <label className="fr-label" htmlFor={`${id}-commentaire`}>
            Commentaire
            <span className="fr-hint-text">Contexte utile à la lecture du chiffre (changement de source, panne…).</span>
          </label>
          <textarea
            className="fr-input"
            id={`${id}-commentaire`}
            rows={2}
            maxLength={2000}
            readOnly={period.locked}
            value={value.comment}
            onChange={(e) => onChange({ ...value, comment: e.target.value })}
          />
        </div>
      </div>
      <div className="fr-fieldset__element">
        <div className="fr-input-group">
          <label className="fr-label" htmlFor={`${id}-explication`}>
            Explication de l’écart à l’objectif
            <span className="fr-hint-text">
              {missed
                ? "L’objectif n’est pas atteint pour cette période : expliquez pourquoi. L’explication figure dans le bilan annuel présenté au comité."
                : "À renseigner quand l’objectif n’est pas atteint."}
            </span>
          </label>
          <textarea
            className="fr-input"
            id={`${id}-explication`}
            rows={2}
            maxLength={2000}
            readOnly={period.locked}
            value={value.explanation}
            onChange={(e) => onChange({ ...value, explanation: e.target.value })}
          />
        </div>
      </div>
      <div className="fr-fieldset__element">
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
          {!period.locked && (
            <li>
              <button type="button" className="fr-btn" disabled={busy} onClick={() => onSave(period)}>
                Enregistrer {period.longLabel}
              </button>
            </li>
          )}
          {missed && period.valueId && (
            <li>
              <a className="fr-btn fr-btn--secondary fr-icon-add-line fr-btn--icon-left" href={actionHref(period.valueId)}>
                Créer une action d’amélioration
              </a>
            </li>
          )}
          <li>
            <button type="button" className="fr-btn fr-btn--secondary" onClick={onClose}>
              Fermer
            </button>
          </li>
        </ul>
      </div>
    </fieldset>
  );
}
