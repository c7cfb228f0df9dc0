/**
 * Pure rules of the quality room: dates of the label path, deadlines, self-assessment levels
 * and shares of engagements met. No database, no React: unit-tested in tests/unit/quality.
 */
export * from "./dates";
export * from "./levels";
export * from "./path";
export * from "./deadlines";
export * from "./shares";
export * from "./reminders";
