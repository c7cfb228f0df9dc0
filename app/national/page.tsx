import type { Metadata } from "next";
import Link from "next/link";
import { authorize } from "@/lib/auth/session";
import { listPrefecturesForNational } from "@/lib/prefectures/queries";
import { formatDate, formatNumber } from "@/lib/format";

export const metadata: Metadata = { title: "Administration nationale" };

export default async function NationalPage() {
  await authorize("national.read", { kind: "national" }, "/national");
  const prefectures = await listPrefecturesForNational();
  return (
    <>
      <h1>Administration nationale</h1>
      <p className="fr-text--lead">Les préfectures inscrites sur le portail.</p>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--icon-left">
        <li>
          <Link className="fr-btn fr-btn--secondary fr-icon-bar-chart-box-line" href="/national/indicateurs">
            Comparer un indicateur entre préfectures
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary fr-icon-list-ordered" href="/national/referentiels">
            Référentiels qualité (Qual-e-Pref, Services Publics+)
          </Link>
        </li>
      </ul>
      <div className="fr-table">
        <table>
          <caption>Préfectures ({formatNumber(prefectures.length)})</caption>
          <thead>
            <tr>
              <th scope="col">Département</th>
              <th scope="col">Chef-lieu</th>
              <th scope="col">Comités</th>
              <th scope="col">Séances</th>
              <th scope="col">Personnes</th>
              <th scope="col">Dernière séance</th>
            </tr>
          </thead>
          <tbody>
            {prefectures.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link href={`/${p.code}`}>
                    {p.name} ({p.code})
                  </Link>
                </th>
                <td>{p.seatCity}</td>
                <td>{formatNumber(p.committees)}</td>
                <td>{formatNumber(p.meetings)}</td>
                <td>{formatNumber(p.persons)}</td>
                <td>{p.lastMeetingAt ? formatDate(p.lastMeetingAt) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
