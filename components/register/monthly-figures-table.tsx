/**
 * The year's monthly figures of the two indicators the register feeds (domain.md §5): e-mails
 * of general information answered within 5 working days, complaints processed — counts and
 * rates ("66,0 %"), the year's pooled total last.
 */
import { formatNumber, formatPercent } from "@/lib/format";
import type { MonthlyRegisterFigures } from "@/lib/register/queries";
import { FRENCH_MONTHS } from "@/lib/validation";
import { ScrollTable } from "@/components/ui/scroll-table";

const rate = (value: number | null) => (value === null ? "—" : formatPercent(value, 1));

export function MonthlyFiguresTable({ year, figures }: { year: number; figures: MonthlyRegisterFigures[] }) {
  return (
    <ScrollTable captionId="registre-indicateurs-tableau" caption={`Indicateurs du registre par mois, ${year}`}>
      <thead>
        <tr>
          <th scope="col">Mois</th>
          <th scope="col">Demandes reçues (tous types)</th>
          <th scope="col">Courriels d&apos;information reçus</th>
          <th scope="col">Répondus dans les 5 jours ouvrés</th>
          <th scope="col">Taux de réponse dans le délai</th>
          <th scope="col">Réclamations reçues</th>
          <th scope="col">Réclamations traitées</th>
          <th scope="col">Taux de réclamations traitées</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((m) => (
          <tr key={m.month}>
            <th scope="row">{m.month === 0 ? <strong>Année {year}</strong> : FRENCH_MONTHS[m.month - 1]}</th>
            <td>{formatNumber(m.entriesReceived)}</td>
            <td>{formatNumber(m.emailsReceived)}</td>
            <td>{formatNumber(m.emailsAnsweredInTime)}</td>
            <td>{rate(m.emailRate)}</td>
            <td>{formatNumber(m.complaintsReceived)}</td>
            <td>{formatNumber(m.complaintsProcessed)}</td>
            <td>{rate(m.complaintRate)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
