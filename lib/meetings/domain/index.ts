/**
 * Public entry of the pure meeting domain: agenda tree, numbering and reordering, replies to
 * convocations, attendance, the meeting state machine. No Prisma, no React, no I/O: safe on
 * the server, in the browser and in tests. Enums are restated as string unions, structurally
 * the same as Prisma's, so the generated client is never imported here.
 */
export * from "./agenda";
export * from "./attendance";
export * from "./lifecycle";
export * from "./replies";
