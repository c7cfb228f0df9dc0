/**
 * Public entry of the pure action-plan domain (domain.md §8): the status machine (done needs
 * a result, dropped a reason kept as a note), overdue at a date, titles and owners in words.
 * No Prisma, no React. What changed between two meetings is lib/follow-up.
 */
export * from "./status";
export * from "./overdue";
export * from "./titles";
export * from "./owner";
