/** Moved to lib/minutes/domain/document-model.ts: import the types from "@/lib/minutes/domain". */
export type * from "./domain/document-model";
