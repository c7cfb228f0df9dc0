/**
 * Who enters a followed indicator: referents enter every one; staff enter the indicators the
 * referent assigned to them, or every unassigned one (a prefecture that assigns nothing keeps
 * working as before). The action and the grid ask the same question here, after the policy
 * has granted "indicator.enter" in the prefecture.
 */
export function mayEnterIndicator(who: { userId: string; isReferent: boolean }, assigneeIds: readonly string[]): boolean {
  return who.isReferent || assigneeIds.length === 0 || assigneeIds.includes(who.userId);
}
