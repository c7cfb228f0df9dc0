/** The sign-in form's input, shared by the form and next-auth's authorize(). */
import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Saisissez votre adresse électronique.")
    .email("Saisissez une adresse électronique valide, par exemple nom@example.org."),
  password: z.string().min(1, "Saisissez votre mot de passe."),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** Only same-site paths may be returned to after sign-in (no open redirect). */
export function safeCallbackPath(raw: string | null | undefined): string | null {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return null;
  if (raw.startsWith("/connexion") || raw.startsWith("/api/")) return null;
  return raw;
}
