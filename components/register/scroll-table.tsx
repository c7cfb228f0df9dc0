/**
 * A DSFR table whose horizontal scroll is reachable by keyboard: the scrolling container is a
 * focusable region named by the table's caption (axe: scrollable-region-focusable).
 */
import type { ReactNode } from "react";

export function ScrollTable({ captionId, caption, children }: { captionId: string; caption: string; children: ReactNode }) {
  return (
    <div className="fr-table fr-table--bordered">
      <div className="fr-table__wrapper">
        <div className="fr-table__container" tabIndex={0} role="region" aria-labelledby={captionId}>
          <div className="fr-table__content">
            <table>
              <caption id={captionId}>{caption}</caption>
              {children}
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
