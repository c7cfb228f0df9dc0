/** Public entry of the referentials' pure rules (lib/frameworks/domain). */
export * from "./validity";
