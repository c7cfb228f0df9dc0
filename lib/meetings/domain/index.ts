/**
 * Public entry of the pure meeting domain: agenda tree, numbering and reordering, replies to
 * convocations, attendance, the meeting state machine, the meeting form's warnings. No
 * Prisma, no React, no I/O: safe on the server, in the browser and in tests. Enum values and
 * their labels come from the feature's vocabulary (lib/meetings/vocabulary.ts), never restated
 * here.
 */
export * from "./agenda";
export * from "./attendance";
export * from "./lifecycle";
export * from "./replies";
export * from "./attendance-save";
export * from "./chair";
export * from "./warnings";
