export * from "./section-text";
