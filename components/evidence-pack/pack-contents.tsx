/** What the year's pack will hold, one row per file in the order it is built (server component). */
export function EvidencePackContents({ year, files }: { year: number; files: { name: string; title: string }[] }) {
  return (
    <section aria-labelledby="contenu-dossier" className="fr-mb-4w">
      <h2 id="contenu-dossier">Contenu du dossier {year}</h2>
      <div className="fr-table">
        <table>
          <caption>Fichiers du dossier de preuves {year} ({files.length})</caption>
          <thead>
            <tr>
              <th scope="col">N°</th>
              <th scope="col">Fichier</th>
              <th scope="col">Contenu</th>
            </tr>
          </thead>
          <tbody>
            {files.map((f, i) => (
              <tr key={f.name}>
                <td>{i + 1}</td>
                <th scope="row">
                  <code>{f.name}</code>
                </th>
                <td>{f.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
