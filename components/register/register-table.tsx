/**
 * Register entries as a table: received date, channel, type, subject, service,
 * acknowledgement, holding reply (with its announced delay), answer, deadline and status in
 * words; a link to edit each, and the actions created from it. Used for the year's list and the overdue list.
 */
import Link from "next/link";
import { formatCount, formatLongDate } from "@/lib/format";
import { utcDate } from "@/lib/register/domain";
import type { RegisterEntryView } from "@/lib/register/queries";
import type { OriginActionLink } from "@/lib/action-plan/queries";
import { ActionLinks } from "@/components/action-plan/action-links";
import { REQUEST_CHANNEL_LABELS, REQUEST_TYPE_LABELS } from "@/lib/register/vocabulary";
import { RegisterStatus } from "./register-status";
import { ScrollTable } from "@/components/ui/scroll-table";

const day = (iso: string | null) => (iso ? formatLongDate(utcDate(iso)) : "—");

export function RegisterTable({
  code,
  entries,
  caption,
  captionId,
  actionLinks = [],
}: {
  code: string;
  entries: RegisterEntryView[];
  caption: string;
  captionId: string;
  /** Actions created from these entries, shown under their subject (the link back from the register to the plan) */
  actionLinks?: readonly OriginActionLink[];
}) {
  return (
    <ScrollTable captionId={captionId} caption={caption}>
      <thead>
        <tr>
          <th scope="col">Reçue le</th>
          <th scope="col">Canal</th>
          <th scope="col">Type</th>
          <th scope="col">Objet</th>
          <th scope="col">Service</th>
          <th scope="col">Accusé de réception</th>
          <th scope="col">Réponse d&apos;attente</th>
          <th scope="col">Réponse</th>
          <th scope="col">Échéance</th>
          <th scope="col">Statut</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>{day(e.receivedOn)}</td>
            <td>{REQUEST_CHANNEL_LABELS[e.channel]}</td>
            <td>{REQUEST_TYPE_LABELS[e.type]}</td>
            <th scope="row">
              <Link href={`/${code}/registre/${e.id}/modifier`}>
                {e.reference ? `${e.reference} — ` : ""}
                {e.subject}
              </Link>
              <ActionLinks links={actionLinks.filter((l) => l.requestRecordId === e.id)} />
            </th>
            <td>{e.service ?? "—"}</td>
            <td>{day(e.acknowledgedOn)}</td>
            <td>
              {e.holdingReplyOn ? (
                <>
                  {day(e.holdingReplyOn)}
                  {e.announcedDelayDays !== null && <> (délai annoncé : {formatCount(e.announcedDelayDays, "jour", "jours")})</>}
                </>
              ) : (
                "—"
              )}
            </td>
            <td>{day(e.answeredOn)}</td>
            <td>
              {day(e.deadline)}
              {e.deadlineExtended && <> (reportée par la réponse d&apos;attente)</>}
            </td>
            <td>
              <RegisterStatus entry={e} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
