/** Puts the server's field errors (action client) next to the fields of a react-hook-form form. */
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

export function applyServerErrors<T extends FieldValues, C, O>(
  form: UseFormReturn<T, C, O>,
  fieldErrors: Record<string, string[]> | undefined,
) {
  if (!fieldErrors) return;
  for (const [field, messages] of Object.entries(fieldErrors)) {
    if (field === "_" || !messages[0]) continue;
    form.setError(field as Path<T>, { type: "server", message: messages[0] });
  }
}
