/** The sign-in form's input, shared by the form and next-auth's authorize(). */
import { z } from "zod";
import { safeText } from "@/lib/validation";

export const signInSchema = z.object({
  // safeText: a NUL or a lone surrogate is a field error, never a database error.
  email: safeText()
    .min(1, "Saisissez votre adresse électronique.")
    .email("Saisissez une adresse électronique valide, par exemple nom@example.org."),
  password: z.string().min(1, "Saisissez votre mot de passe."),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** Only same-site paths may be returned to after sign-in (no open redirect). */
export function safeCallbackPath(raw: string | null | undefined): string | null {
  if (!raw || !raw.startsWith("/")) return null;
  // Browsers drop tabs and newlines from URLs and read "\\" as "/": "/\t/evil.example" would
  // leave the site. Refuse control characters and backslashes outright, then let the URL
  // parser decide whether the path stays on our origin.
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return null;
  const base = "http://portail.invalid";
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.origin !== base) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith("/connexion") || path.startsWith("/api/")) return null;
  return path;
}
