export * from "./section-text";
export * from "./lifecycle";
export * from "./section-save";
export * from "./composition";
export type * from "./document-model";
export * from "./section-diff";
export * from "./asker";
