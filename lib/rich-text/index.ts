/** Rich text of the minutes: the stored document format, its boundary schema and plain text. */
export * from "./document";
