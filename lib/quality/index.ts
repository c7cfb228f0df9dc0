/**
 * The quality room (issue 9, items 2 and 3): a prefecture's Qual-e-Pref label, its audits and
 * the label path with its deadlines (/{code}/demarche-qualite), and the yearly Services
 * Publics+ self-assessment of the department's structures with the shares of engagements met
 * (/{code}/demarche-qualite/auto-evaluation/{year}). Referentials (frameworks, modules,
 * engagements) are national data read here, not owned.
 *
 * Entries: domain (pure rules), vocabulary (French labels), schemas (form and action inputs),
 * queries and loaders (server reads), actions (server mutations).
 */
export * from "./vocabulary";
export * from "./domain";
// Server side only (the daily reminders job of lib/jobs): nothing in the browser imports this entry.
export { sendQualityReminders, type QualityRemindersOptions, type QualityRemindersResult } from "./reminders";
