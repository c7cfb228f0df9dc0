/**
 * Saving a section: optimistic locking per section and the version history.
 * - The editor sends the version it loaded; a save against another version is a conflict
 *   (the second writer keeps what they typed and is told who saved and when).
 * - Every save increments the version. The history keeps one row per "editing session":
 *   autosaves of the same author within COALESCE_MINUTES overwrite that author's latest row,
 *   so the history reads like Word's, not like a keystroke log.
 */
export const COALESCE_MINUTES = 10;

export type LockCheck = { ok: true } | { ok: false; reason: string };

export function checkSectionVersion(
  current: { version: number; updatedAt: Date; updatedByName: string | null },
  expectedVersion: number,
  formatWhen: (date: Date) => string,
): LockCheck {
  if (current.version === expectedVersion) return { ok: true };
  const who = current.updatedByName ? `${current.updatedByName} a enregistré` : "Quelqu'un a enregistré";
  return {
    ok: false,
    reason: `${who} cette section ${formatWhen(current.updatedAt)}, pendant que vous la modifiiez. Votre texte est conservé ci-dessous : copiez-le, rechargez la section, puis reportez vos modifications.`,
  };
}

export type HistoryWrite = { kind: "update"; versionRowId: string } | { kind: "insert" };

/** Whether this save extends the author's latest history row or starts a new one. */
export function historyWrite(
  latest: { id: string; authorId: string | null; savedAt: Date } | null,
  authorId: string,
  now: Date,
): HistoryWrite {
  if (latest && latest.authorId === authorId && now.getTime() - latest.savedAt.getTime() < COALESCE_MINUTES * 60_000) {
    return { kind: "update", versionRowId: latest.id };
  }
  return { kind: "insert" };
}
