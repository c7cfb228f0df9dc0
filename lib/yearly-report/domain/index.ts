/**
 * Public entry of the yearly report's pure rules: trend against the previous year, statuses
 * and summary, the small chart's geometry and its words, the report assembled from two years
 * of the entry grid. No Prisma, no React: the page, the PDF and the tests share them.
 */
export * from "./types";
export * from "./trend";
export * from "./summary";
export * from "./sparkline";
export * from "./build";
