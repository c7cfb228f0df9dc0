"use client";
/** "Imprimer": the browser's print dialog (the page's print stylesheet hides the navigation and the buttons). */
import { useHydrated } from "@/components/ui/use-hydrated";

export function PrintButton() {
  const hydrated = useHydrated();
  return (
    <button type="button" className="fr-btn fr-btn--secondary fr-icon-printer-line fr-btn--icon-left" disabled={!hydrated} onClick={() => window.print()}>
      Imprimer
    </button>
  );
}
