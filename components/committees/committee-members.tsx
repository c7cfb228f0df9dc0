/**
 * One committee: its current members grouped by college, a search, the members who left,
 * and — for those who manage it — the forms to add, correct, end, import. Server-rendered;
 * the client components are the forms and buttons only.
 */
import Link from "next/link";
import type { ReactNode } from "react";
import type { CommitteeSeat } from "@/lib/committees/queries";
import { COLLEGE_ORDER } from "@/lib/committees/queries";

import { formatCount, formatDate, formatNumber, formatPersonName } from "@/lib/format";
import { EndSeatButton } from "./end-seat-button";
import { COLLEGE_LABELS, COMMITTEE_KIND_LABELS, MANDATE_LABELS } from "@/lib/committees/vocabulary";

export function seatHolder(seat: CommitteeSeat): string {
  if (seat.person) return formatPersonName(seat.person);
  return seat.seatLabel ?? seat.organization?.name ?? "Siège";
}

const organizationOf = (seat: CommitteeSeat) => seat.organization?.name ?? seat.person?.organization?.name ?? null;

export interface CommitteeMembersProps {
  code: string;
  committee: { id: string; name: string; kind: keyof typeof COMMITTEE_KIND_LABELS };
  seats: { current: CommitteeSeat[]; past: CommitteeSeat[] };
  q: string | null;
  canManage: boolean;
  /** The person being corrected (?personne=…), rendered above the lists */
  personEditor?: ReactNode;
  /** "Ajouter un membre" and "Importer des membres", for those who manage the committee */
  addMember?: ReactNode;
  importMembers?: ReactNode;
}

export function CommitteeMembers({ code, committee, seats, q, canManage, personEditor, addMember, importMembers }: CommitteeMembersProps) {
  const base = `/${code}/comites/${committee.id}`;
  const colleges = COLLEGE_ORDER.map((college) => ({ college, seats: seats.current.filter((s) => s.college === college) })).filter(
    (g) => g.seats.length > 0,
  );

  return (
    <>
      <h1>
        {committee.name}
        <span className="fr-text--lead fr-text--regular" style={{ display: "block" }}>
          {COMMITTEE_KIND_LABELS[committee.kind]}
        </span>
      </h1>

      {canManage && (
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <a className="fr-btn fr-btn--tertiary fr-icon-download-line" href={`${base}/membres.csv`}>
            Exporter les membres (CSV)
          </a>
        </li>
        <li>
          <a className="fr-btn fr-btn--tertiary fr-icon-download-line" href={`${base}/membres.xlsx`}>
            Exporter les membres (Excel)
          </a>
        </li>
      </ul>
      )}

      {personEditor}

      <section aria-labelledby="membres-en-fonction" className="fr-mb-6w">
        <h2 id="membres-en-fonction">Membres en fonction ({formatNumber(seats.current.length)})</h2>
        <form role="search" method="get" action={base} className="fr-mb-3w" aria-label="Rechercher un membre">
          <div className="fr-search-bar" style={{ maxWidth: "40rem" }}>
            <label className="fr-label" htmlFor="recherche-membre">
              Rechercher un membre
            </label>
            <input
              className="fr-input"
              type="search"
              id="recherche-membre"
              name="q"
              defaultValue={q ?? ""}
              placeholder="Nom, organisme ou fonction"
              maxLength={100}
            />
            <button className="fr-btn" type="submit" title="Rechercher">
              Rechercher
            </button>
          </div>
        </form>
        {q && (
          <p role="status">
            {seats.current.length + seats.past.length === 0
              ? `Aucun membre ne correspond à « ${q} ».`
              : `${formatCount(seats.current.length + seats.past.length, "siège correspond", "sièges correspondent")} à « ${q} ».`}{" "}
            <Link href={base}>Afficher tous les membres</Link>
          </p>
        )}
        {colleges.length === 0 && !q && <p>Aucun membre en fonction.</p>}
        {colleges.map(({ college, seats: list }) => (
          <div className="fr-table" key={college}>
            <table>
              <caption>
                {COLLEGE_LABELS[college]} ({formatNumber(list.length)})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Membre</th>
                  <th scope="col">Fonction</th>
                  <th scope="col">Organisme</th>
                  <th scope="col">Mandat</th>
                  <th scope="col">Depuis</th>
                  {canManage && <th scope="col">Actions</th>}
                </tr>
              </thead>
              <tbody>
                {list.map((seat) => (
                  <tr key={seat.id}>
                    <th scope="row">
                      {seatHolder(seat)}
                      {!seat.person && <span className="fr-hint-text">Siège sans personne nommée</span>}
                    </th>
                    <td>{seat.person?.function ?? "—"}</td>
                    <td>{organizationOf(seat) ?? "—"}</td>
                    <td>{MANDATE_LABELS[seat.mandate]}</td>
                    <td>
                      {seat.startsOn ? formatDate(seat.startsOn) : "—"}
                      {seat.endsOn && <span className="fr-hint-text">jusqu&apos;au {formatDate(seat.endsOn)}</span>}
                    </td>
                    {canManage && (
                      <td>
                        {seat.person && (
                          <Link className="fr-link fr-link--sm" prefetch={false} href={`${base}?personne=${seat.person.id}#fiche`}>
                            Modifier la fiche<span className="fr-sr-only"> de {seatHolder(seat)}</span>
                          </Link>
                        )}
                        <EndSeatButton memberId={seat.id} version={seat.version} holder={seatHolder(seat)} />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>

      <section aria-labelledby="membres-sortis" className="fr-mb-6w">
        <h2 id="membres-sortis">Membres sortis ({formatNumber(seats.past.length)})</h2>
        {seats.past.length === 0 ? (
          <p>Aucun membre n&apos;a quitté ce comité{q ? " parmi les résultats de la recherche" : ""}.</p>
        ) : (
          <div className="fr-table">
            <table>
              <caption className="fr-sr-only">Membres sortis du comité, du plus récent au plus ancien</caption>
              <thead>
                <tr>
                  <th scope="col">Membre</th>
                  <th scope="col">Collège</th>
                  <th scope="col">Organisme</th>
                  <th scope="col">Mandat</th>
                  <th scope="col">Début</th>
                  <th scope="col">Fin</th>
                </tr>
              </thead>
              <tbody>
                {seats.past.map((seat) => (
                  <tr key={seat.id}>
                    <th scope="row">
                      {seatHolder(seat)}
                      {seat.person?.function && <span className="fr-hint-text">{seat.person.function}</span>}
                    </th>
                    <td>{COLLEGE_LABELS[seat.college]}</td>
                    <td>{organizationOf(seat) ?? "—"}</td>
                    <td>{MANDATE_LABELS[seat.mandate]}</td>
                    <td>{seat.startsOn ? formatDate(seat.startsOn) : "—"}</td>
                    <td>{seat.endsOn ? formatDate(seat.endsOn) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {canManage && addMember && (
        <section aria-labelledby="ajouter-membre" className="fr-mb-6w">
          <h2 id="ajouter-membre">Ajouter un membre</h2>
          {addMember}
        </section>
      )}

      {canManage && importMembers && (
        <section aria-labelledby="importer-membres" className="fr-mb-6w">
          <h2 id="importer-membres">Importer des membres</h2>
          <p>
            Vérifiez d&apos;abord le fichier : l&apos;aperçu indique les membres qui seront ajoutés et les lignes ignorées (déjà
            présentes). Rien n&apos;est enregistré avant la confirmation, et l&apos;import se fait en entier ou pas du tout.
          </p>
          {importMembers}
        </section>
      )}
    </>
  );
}
