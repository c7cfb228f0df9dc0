/**
 * Strict input at every boundary: the one place that decides what a date, a time of day, a
 * free text and a row id may be, for forms, server actions, route handlers, URL parameters
 * and imports alike. Owns the pure checks (dates.ts, text.ts) and the zod schemas built on
 * them (schemas.ts); features import from "@/lib/validation" instead of writing their own
 * regex, so one rule (and one French message) holds everywhere. Pure TypeScript and zod,
 * usable on the server and in the browser.
 */
export * from "./dates";
export * from "./text";
export * from "./schemas";
