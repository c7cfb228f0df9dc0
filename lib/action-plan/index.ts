/**
 * The action plan (domain.md §8, issue 9 items 5–6): improvement actions of a prefecture, born
 * of an intervention in a meeting, a missed indicator target, the register, a survey, an audit
 * or a self-assessment; their owner, due date, status, dated progress notes and result; and
 * what changed since the last meeting, for the "Suivi du plan d'actions" agenda item.
 *
 * Public entries: ./domain (pure rules), ./vocabulary (labels), ./schemas, ./queries
 * (server reads), ./loaders (pages), ./actions (mutations). The next meeting's follow-up is
 * lib/follow-up.
 */
export * from "./domain";
export * from "./vocabulary";
