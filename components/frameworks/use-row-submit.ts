"use client";
/**
 * The submit of a module's or an engagement's form, one rule for both: the action's French
 * error and field errors shown on the form; an edit goes back to the version's page; a new row
 * empties the form, says what was added and refreshes the version's tables.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { DefaultValues, FieldValues, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/action-client";
import { applyServerErrors } from "@/components/ui/form-errors";
import { INVALID_FORM, type FormMessage } from "./form-message";

export function useRowSubmit<I extends FieldValues, O>(
  form: UseFormReturn<I, unknown, O>,
  options: {
    save: (values: O) => Promise<ActionResult<unknown>>;
    /** The blank form a new row starts again from */
    empty: DefaultValues<I>;
    /** Set when editing: where to go once saved */
    backTo: string | null;
    /** "L'engagement QEP-1 est ajouté." */
    addedText: (values: O) => string;
  },
) {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessage>();
  const onSubmit = form.handleSubmit(
    async (values) => {
      setMessage(undefined);
      const result = await options.save(values);
      if (!result.ok) {
        setMessage({ severity: "error", text: result.error });
        applyServerErrors(form, result.fieldErrors);
        return;
      }
      if (options.backTo) {
        router.push(options.backTo);
        return;
      }
      form.reset(options.empty);
      setMessage({ severity: "success", text: options.addedText(values) });
      router.refresh();
    },
    () => setMessage({ severity: "error", text: INVALID_FORM }),
  );
  return { onSubmit, message };
}
