/** The alert above a referential form: the action's French error or what was saved (announced). */
import { Alert } from "@codegouvfr/react-dsfr/Alert";

export type FormMessage = { severity: "error" | "success"; text: string } | undefined;

export const fieldState = (message?: string) => (message ? ({ state: "error", stateRelatedMessage: message } as const) : {});

export function FormMessageBox({ message }: { message: FormMessage }) {
  return <div aria-live="polite">{message && <Alert severity={message.severity} small description={message.text} className="fr-mb-2w" />}</div>;
}

export const INVALID_FORM = "Certains champs sont invalides : corrigez-les puis enregistrez à nouveau.";
