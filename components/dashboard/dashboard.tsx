import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Card } from "@codegouvfr/react-dsfr/Card";
import type { getDashboard } from "@/lib/prefectures/queries";
import { formatCount, formatDateTime, formatLongDate, formatNumber, plural } from "@/lib/format";
import { COLLEGE_LABELS, COMMITTEE_KIND_LABELS } from "@/lib/committees/vocabulary";
import { MEETING_MODE_LABELS, MEETING_STATUS_LABELS } from "@/lib/meetings/vocabulary";

type DashboardData = Awaited<ReturnType<typeof getDashboard>>;
type MeetingRow = DashboardData["lastMeetings"][number];

export function Dashboard({ title, code, dashboard }: { title: string; code: string; dashboard: DashboardData }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="fr-text--lead">Tableau de bord des comités et des séances.</p>

      <section aria-labelledby="chiffres" className="fr-mb-6w">
        <h2 id="chiffres" className="fr-h4">En bref</h2>
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          <KeyFigure singular="Comité" plural="Comités" value={dashboard.committees.length} />
          <KeyFigure singular="Membre en fonction" plural="Membres en fonction" value={dashboard.membersCount} />
          <KeyFigure singular="Séance à venir" plural="Séances à venir" value={dashboard.upcomingCount} />
        </ul>
      </section>

      <section aria-labelledby="prochaines" className="fr-mb-6w">
        <h2 id="prochaines" className="fr-h4">Prochaines séances</h2>
        {dashboard.nextMeetings.length === 0 ? (
          <p>Aucune séance n&apos;est programmée.</p>
        ) : (
          <MeetingList code={code} meetings={dashboard.nextMeetings} />
        )}
      </section>

      <section aria-labelledby="dernieres" className="fr-mb-6w">
        <h2 id="dernieres" className="fr-h4">Dernières séances</h2>
        {dashboard.lastMeetings.length === 0 ? (
          <p>Aucune séance passée n&apos;est enregistrée.</p>
        ) : (
          <MeetingList code={code} meetings={dashboard.lastMeetings} />
        )}
      </section>

      <section aria-labelledby="comites">
        <h2 id="comites" className="fr-h4">Comités</h2>
        {dashboard.committees.length === 0 ? (
          <p>Aucun comité à afficher.</p>
        ) : (
          <div className="fr-table">
            <table>
              <caption className="fr-sr-only">Comités et membres en fonction par collège</caption>
              <thead>
                <tr>
                  <th scope="col">Comité</th>
                  <th scope="col">Type</th>
                  {Object.entries(COLLEGE_LABELS).map(([key, label]) => (
                    <th scope="col" key={key}>{label}</th>
                  ))}
                  <th scope="col">Total</th>
                </tr>
              </thead>
              <tbody>
                {dashboard.committees.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.name}</th>
                    <td>{COMMITTEE_KIND_LABELS[c.kind]}</td>
                    {Object.keys(COLLEGE_LABELS).map((key) => (
                      <td key={key}>{formatNumber(c.byCollege[key as keyof typeof COLLEGE_LABELS] ?? 0)}</td>
                    ))}
                    <td>{formatNumber(c.membersCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function KeyFigure({ singular, plural: pluralLabel, value }: { singular: string; plural: string; value: number }) {
  return (
    <li className="fr-col-12 fr-col-md-4">
      <div className="fr-p-3w fr-background-alt--blue-france">
        <p className="fr-h2 fr-mb-0">{formatNumber(value)}</p>
        <p className="fr-mb-0">{plural(value, singular, pluralLabel)}</p>
      </div>
    </li>
  );
}

function MeetingList({ code, meetings }: { code: string; meetings: MeetingRow[] }) {
  return (
    <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
      {meetings.map((m) => (
        <li key={m.id} className="fr-col-12 fr-col-md-6">
          <Card
            title={`${m.committee.name}`}
            titleAs="h3"
            linkProps={{ href: `/${code}/seances/${m.id}` }}
            enlargeLink
            desc={
              <>
                {m.hasStartTime ? formatDateTime(m.startsAt) : `${formatLongDate(m.startsAt)} (heure non précisée)`}
                {m.room ? ` — ${m.room}` : ""}
                <br />
                {MEETING_MODE_LABELS[m.mode]} · {formatCount(m._count.agendaItems, "point", "points")} à l&apos;ordre du jour ·{" "}
                {formatCount(m._count.attendances, "ligne", "lignes")} d&apos;émargement
              </>
            }
            start={
              <ul className="fr-badges-group">
                <li>
                  <Badge small severity={m.status === "HELD" ? "success" : m.status === "CANCELLED" ? "error" : "info"} noIcon>
                    {MEETING_STATUS_LABELS[m.status]}
                  </Badge>
                </li>
              </ul>
            }
            size="small"
            border
          />
        </li>
      ))}
    </ul>
  );
}
