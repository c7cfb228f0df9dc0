/**
 * The differences between two versions of a section (lib/minutes/domain/section-diff.ts), line
 * by line: added text in <ins> (underlined), removed text in <del> (struck through), a sign in
 * the margin and a spoken prefix, so nothing relies on colour. Long unchanged stretches fold
 * into a native <details> (no script), keeping two lines of context around each change.
 */
import type { ReactNode } from "react";
import type { DiffLine, DiffSegment, SectionDiff } from "@/lib/minutes/domain";
import styles from "./section-diff.module.css";

const CONTEXT = 2;

const SIGNS = { same: "\u00a0", added: "+", removed: "\u2212", modified: "~" } as const;
const LINE_CLASS = { same: "", added: styles.added, removed: styles.removed, modified: styles.modified } as const;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}

/** "2 paragraphes modifiés, 1 ajouté, aucun supprimé" */
export function diffSummary({ counts }: SectionDiff): string {
  if (counts.added + counts.removed + counts.modified === 0) return "Les deux versions ont le même texte.";
  const parts = [
    counts.modified ? plural(counts.modified, "paragraphe modifié", "paragraphes modifiés") : null,
    counts.added ? plural(counts.added, "paragraphe ajouté", "paragraphes ajoutés") : null,
    counts.removed ? plural(counts.removed, "paragraphe supprimé", "paragraphes supprimés") : null,
  ].filter(Boolean);
  return `${parts.join(", ")}.`;
}

function Segment({ segment }: { segment: DiffSegment }) {
  if (segment.change === "added")
    return (
      <ins>
        <span className="fr-sr-only">ajouté : </span>
        {segment.text}
      </ins>
    );
  if (segment.change === "removed")
    return (
      <del>
        <span className="fr-sr-only">supprimé : </span>
        {segment.text}
      </del>
    );
  return <>{segment.text}</>;
}

function Line({ line }: { line: DiffLine }) {
  return (
    <p className={[styles.line, LINE_CLASS[line.change]].filter(Boolean).join(" ")}>
      <span className={styles.sign} aria-hidden="true">
        {SIGNS[line.change]}
      </span>
      {line.change === "modified" && <span className="fr-sr-only">modifié : </span>}
      {line.segments.map((segment, i) => (
        <Segment key={i} segment={segment} />
      ))}
    </p>
  );
}

/** Runs of unchanged lines longer than the context around changes become one folded block. */
function foldUnchanged(lines: DiffLine[]): ReactNode[] {
  const nodes: ReactNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line) break;
    if (line.change !== "same") {
      nodes.push(<Line key={i} line={line} />);
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]?.change === "same") end++;
    const keepBefore = i === 0 ? 0 : CONTEXT;
    const keepAfter = end === lines.length ? 0 : CONTEXT;
    const hidden = end - i - keepBefore - keepAfter;
    if (hidden < 2) {
      for (let j = i; j < end; j++) nodes.push(<Line key={j} line={lines[j] as DiffLine} />);
    } else {
      for (let j = i; j < i + keepBefore; j++) nodes.push(<Line key={j} line={lines[j] as DiffLine} />);
      nodes.push(
        <details key={`fold-${i}`} className={styles.collapsed}>
          <summary>{plural(hidden, "paragraphe inchangé", "paragraphes inchangés")}</summary>
          {lines.slice(i + keepBefore, end - keepAfter).map((l, k) => (
            <Line key={k} line={l} />
          ))}
        </details>,
      );
      for (let j = end - keepAfter; j < end; j++) nodes.push(<Line key={j} line={lines[j] as DiffLine} />);
    }
    i = end;
  }
  return nodes;
}

export function SectionDiffView({ diff, label }: { diff: SectionDiff; /** Names the comparison for assistive technologies. */ label: string }) {
  const summary = diffSummary(diff);
  const identical = diff.counts.added + diff.counts.removed + diff.counts.modified === 0;
  return (
    <div>
      <p className="fr-text--sm fr-mb-1w">{summary}</p>
      {!identical && (
        <p className="fr-text--xs fr-mb-1w">
          Légende : <ins>texte ajouté</ins> (souligné, signe +), <del>texte supprimé</del> (barré, signe −), paragraphe modifié (signe ~).
        </p>
      )}
      {!identical && (
        <div className={styles.diff} role="group" aria-label={label}>
          {foldUnchanged(diff.lines)}
        </div>
      )}
    </div>
  );
}
