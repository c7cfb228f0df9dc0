/**
 * A DSFR table whose horizontal scroll is reachable by keyboard: the scrolling container is a
 * focusable region named by the table's caption (axe: scrollable-region-focusable). Shared by the
 * register, the action plan and the meeting's follow-up.
 */
import type { ReactNode } from "react";

export function ScrollTable({ captionId, caption, children, className = "fr-table--bordered" }: { captionId: string; caption: string; children: ReactNode; className?: string }) {
  return (
    <div className={`fr-table ${className}`}>
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
