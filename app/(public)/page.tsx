import { Tile } from "@codegouvfr/react-dsfr/Tile";
import { listPrefectures } from "@/lib/prefectures/queries";
import { prefectureOf } from "@/lib/format";

export default async function HomePage() {
  const prefectures = await listPrefectures();
  return (
    <>
      <h1>Comités locaux des usagers</h1>
      <p className="fr-text--lead">
        Choisissez une préfecture pour consulter ses comités, ses séances et ses résultats, ou
        connectez-vous pour préparer une séance et saisir les indicateurs.
      </p>
      <h2 className="fr-h4">Choisir une préfecture</h2>
      {prefectures.length === 0 ? (
        <p>Aucune préfecture n&apos;est encore enregistrée.</p>
      ) : (
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {prefectures.map((p) => (
            <li key={p.id} className="fr-col-12 fr-col-md-4">
              <Tile
                title={`${p.name} (${p.code})`}
                desc={`Préfecture ${prefectureOf(p)} — ${p.seatCity}`}
                linkProps={{ href: `/${p.code}` }}
                titleAs="h3"
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
