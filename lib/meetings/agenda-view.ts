/** The numbered agenda as the screens show it (server side; serialisable for the editor). */
import { formatPersonName } from "@/lib/format";
import { agendaDuration, buildAgendaTree, durationWarning, formatAgendaHeading, formatDuration, numberAgenda } from "./domain/agenda";
import type { MeetingHub } from "./queries";

export interface AgendaViewItem {
  id: string;
  number: string;
  heading: string;
  title: string;
  depth: number;
  version: number;
  presenters: string[];
  slideReference: string | null;
  plannedMinutes: number | null;
  theme: string | null;
  isActionPlanReview: boolean;
  documents: { id: string; title: string }[];
  children: AgendaViewItem[];
}

export function agendaView(hub: MeetingHub) {
  const tree = numberAgenda(
    buildAgendaTree(
      hub.agendaItems.map((i) => ({
        id: i.id,
        parentId: i.parentId,
        position: i.position,
        title: i.title,
        plannedMinutes: i.plannedMinutes,
        version: i.version,
        slideReference: i.slideReference,
        theme: i.theme,
        isActionPlanReview: i.isActionPlanReview,
        presenters: i.presenters.map((p) =>
          p.person ? [formatPersonName(p.person), p.person.function].filter(Boolean).join(", ") : (p.label ?? ""),
        ),
        documents: i.documents.map((d) => ({ id: d.id, title: d.title })),
      })),
    ),
    hub.numberingStyle,
  );
  type Node = (typeof tree)[number];
  const toView = (n: Node): AgendaViewItem => ({
    id: n.id,
    number: n.number,
    heading: formatAgendaHeading(n.number, n.title, hub.numberingStyle),
    title: n.title,
    depth: n.depth,
    version: n.version,
    presenters: n.presenters,
    slideReference: n.slideReference,
    plannedMinutes: n.plannedMinutes,
    theme: n.theme,
    isActionPlanReview: n.isActionPlanReview,
    documents: n.documents,
    children: (n.children as Node[]).map(toView),
  });
  const items = tree.map(toView);
  const total = agendaDuration(tree);
  return {
    items,
    totalLabel: total > 0 ? formatDuration(total) : null,
    warning: hub.hasStartTime ? durationWarning(total, hub.startsAt, hub.endsAt) : null,
  };
}
