/**
 * Public entry of the pure survey domain (domain.md §9): results of a question (percentages
 * from counts, satisfaction rates, response rate) and the rules results must follow. No
 * Prisma, no React, no formatting: safe on the server, in the browser and in tests.
 */
export * from "./types";
export * from "./results";
export * from "./rules";
