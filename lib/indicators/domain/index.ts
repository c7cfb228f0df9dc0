/**
 * Public entry of the pure indicator domain: formula evaluation, aggregation into quarters,
 * semesters and years, consistency of published figures, targets. No Prisma, no React, no
 * formatting (see lib/format.ts): safe to use on the server, in the browser and in tests.
 */
export * from "./types";
export * from "./formula";
export * from "./aggregate";
export * from "./consistency";
export * from "./target";
export * from "./french-number";
export * from "./entry";
export * from "./period-labels";
export * from "./assignment";
export * from "./period-lock";
export * from "./formula-words";
export * from "./definition";
