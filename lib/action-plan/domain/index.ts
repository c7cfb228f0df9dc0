/**
 * Public entry of the pure action-plan domain (domain.md §8): the status machine (done needs
 * a result, dropped a reason kept as a note), overdue at a date, and what changed since a
 * date for the next meeting's follow-up. No Prisma, no React.
 */
export * from "./status";
export * from "./overdue";
export * from "./follow-up";
export * from "./titles";
export * from "./owner";
