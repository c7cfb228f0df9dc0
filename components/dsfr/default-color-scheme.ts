import type { DefaultColorScheme } from "@codegouvfr/react-dsfr/next-app-router";

// Light by default: a "system" scheme would need an inline script before paint, and our CSP
// only allows scripts carrying the request's nonce. Users can still switch in the footer.
export const defaultColorScheme: DefaultColorScheme = "light";
