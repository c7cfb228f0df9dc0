import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { forbidden, notFound } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { can } from "@/lib/auth/policy";
import { formatDateTime, formatLongDate } from "@/lib/format";
import { uuidParam } from "@/lib/validation";
import { requireMeetingMinutes } from "@/lib/minutes/loaders";
import { listSectionVersions } from "@/lib/minutes/queries";
import { diffSectionVersions, FROZEN_REASON, isContentEditable } from "@/lib/minutes/domain";
import { SectionDiffView } from "@/components/minutes/section-diff";
import { RestoreVersionButton } from "@/components/minutes/restore-version-button";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";

type SearchParams = { de?: string | string[]; a?: string | string[]; restauree?: string | string[] };
type Props = { params: Promise<{ code: string; meetingId: string; sectionId: string }>; searchParams: Promise<SearchParams> };

/**
 * The meeting (session, prefecture, visibility), then the section's history scoped by
 * prefecture, then: the section belongs to this meeting's minutes (any revision), and the
 * caller may draft minutes of that revision's status. 404 for a malformed or foreign id.
 */
const requireSectionHistory = cache(async (code: string, meetingId: string, sectionId: string) => {
  const loaded = await requireMeetingMinutes(code, meetingId);
  if (!uuidParam.safeParse(sectionId).success) notFound();
  const history = await listSectionVersions(loaded.prefecture.id, sectionId);
  if (!history || history.section.minutes.meetingId !== loaded.meeting.id) notFound();
  const resource = { kind: "minutes", prefectureId: loaded.meeting.prefectureId, committeeId: loaded.meeting.committeeId, status: history.section.minutes.status } as const;
  if (!can(loaded.actor, "minutes.draft", resource)) forbidden();
  return { ...loaded, ...history };
});

function versionNumberParam(value: string | string[] | undefined): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw && /^\d{1,6}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code, meetingId, sectionId } = await params;
  const { section } = await requireSectionHistory(code, meetingId, sectionId);
  return { title: `Historique de la section « ${section.title} »` };
}

export default async function SectionHistoryPage({ params, searchParams }: Props) {
  const { code, meetingId, sectionId } = await params;
  const query = await searchParams;
  const { meeting, section, versions } = await requireSectionHistory(code, meetingId, sectionId);

  const base = `/${code}/seances/${meeting.id}`;
  const historyHref = `${base}/compte-rendu/historique/${section.id}`;
  const editable = isContentEditable(section.minutes.status);
  const byNumber = (n: number | null) => (n === null ? undefined : versions.find((v) => v.number === n));
  // Newest first: by default, what the last save changed.
  const older = byNumber(versionNumberParam(query.de)) ?? versions[1];
  const newer = byNumber(versionNumberParam(query.a)) ?? versions[0];
  const latest = versions[0];
  const restored = byNumber(versionNumberParam(query.restauree));
  const label = (v: (typeof versions)[number]) => `version ${v.number} (${v.author?.name ?? "auteur inconnu"}, le ${formatDateTime(v.savedAt)})`;

  return (
    <>
      <PageBreadcrumb
        code={code}
        segments={[
          { label: "Séances", href: `/${code}/seances` },
          { label: `Séance du ${formatLongDate(meeting.startsAt)}`, href: base },
          { label: "Compte rendu", href: `${base}/compte-rendu` },
        ]}
        current="Historique d'une section"
      />
      <h1>Historique de la section « {section.title} »</h1>
      {restored && (
        <Alert severity="success" small className="fr-mb-3w" description={`La version ${restored.number} a été restaurée : elle est devenue le contenu actuel de la section.`} />
      )}
      {!editable && <p className="fr-text--sm">{FROZEN_REASON} L&apos;historique reste consultable ; aucune version ne peut être restaurée.</p>}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          {editable ? (
            <Link className="fr-btn fr-btn--secondary fr-icon-edit-line" href={`${base}/compte-rendu/rediger`}>
              Retour à la rédaction
            </Link>
          ) : (
            <Link className="fr-btn fr-btn--secondary fr-icon-arrow-left-line" href={`${base}/compte-rendu`}>
              Retour au compte rendu
            </Link>
          )}
        </li>
      </ul>

      {versions.length === 0 ? (
        <p>Cette section n&apos;a pas encore été enregistrée : son historique commence au premier enregistrement.</p>
      ) : (
        <>
          {versions.length > 1 && older && newer && (
            <section className="fr-mb-4w" aria-labelledby="compare">
              <h2 id="compare" className="fr-h4">
                Comparer deux versions
              </h2>
              <form method="get" action={historyHref} className="fr-mb-3w">
                <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
                  <div className="fr-col-12 fr-col-md-5">
                    <div className="fr-select-group fr-mb-0">
                      <label className="fr-label" htmlFor="compare-from">
                        Version de départ
                      </label>
                      <select className="fr-select" id="compare-from" name="de" defaultValue={older.number}>
                        {versions.map((v) => (
                          <option key={v.id} value={v.number}>
                            {label(v)}
                          </option>
                        ))}
                      </select>
                    </div>
                  </div>
                  <div className="fr-col-12 fr-col-md-5">
                    <div className="fr-select-group fr-mb-0">
                      <label className="fr-label" htmlFor="compare-to">
                        Version d&apos;arrivée
                      </label>
                      <select className="fr-select" id="compare-to" name="a" defaultValue={newer.number}>
                        {versions.map((v) => (
                          <option key={v.id} value={v.number}>
                            {label(v)}
                          </option>
                        ))}
                      </select>
                    </div>
                  </div>
                  <div className="fr-col-12 fr-col-md-2">
                    <button type="submit" className="fr-btn">
                      Comparer
                    </button>
                  </div>
                </div>
              </form>
              <h3 className="fr-h5">
                De la {label(older)} à la {label(newer)}
              </h3>
              {older.id === newer.id ? (
                <p>Choisissez deux versions différentes pour voir ce qui a changé.</p>
              ) : (
                <SectionDiffView diff={diffSectionVersions(older, newer)} label={`Différences de la version ${older.number} à la version ${newer.number}`} />
              )}
            </section>
          )}

          <section aria-labelledby="versions">
            <h2 id="versions" className="fr-h4">
              Versions enregistrées
            </h2>
            <div className="fr-table fr-table--no-caption">
              <table>
                <caption>Versions enregistrées de la section, de la plus récente à la plus ancienne</caption>
                <thead>
                  <tr>
                    <th scope="col">Version</th>
                    <th scope="col">Enregistrée</th>
                    <th scope="col">Par</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {versions.map((v) => {
                    const current = v.number === section.version;
                    return (
                      <tr key={v.id}>
                        <th scope="row">
                          Version {v.number}
                          {current && " (actuelle)"}
                        </th>
                        <td>le {formatDateTime(v.savedAt)}</td>
                        <td>{v.author?.name ?? "Auteur inconnu"}</td>
                        <td>
                          {latest && v.id !== latest.id && (
                            <Link href={`${historyHref}?de=${v.number}&a=${latest.number}#compare`}>
                              Comparer avec la plus récente<span className="fr-sr-only"> (version {v.number})</span>
                            </Link>
                          )}
                          {editable && !current && (
                            <div className="fr-mt-1w">
                              <RestoreVersionButton
                                sectionId={section.id}
                                versionId={v.id}
                                versionNumber={v.number}
                                currentVersion={section.version}
                                returnHref={`${historyHref}?restauree=${v.number}`}
                              />
                            </div>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </>
  );
}
