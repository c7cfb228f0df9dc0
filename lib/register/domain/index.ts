/**
 * Public entry of the pure register domain (domain.md §7): working days with French public
 * holidays, the deadline and status of an entry, the monthly figures of the e-mail and
 * complaint indicators, the fingerprint that spots an entry imported twice. No Prisma, no React: usable on the server, in the browser and tests.
 */
export * from "./working-days";
export * from "./deadline";
export * from "./figures";
export * from "./fingerprint";
