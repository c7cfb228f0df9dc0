import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { MinutesDocumentView, MinutesTableOfContents } from "@/components/minutes/minutes-document-view";
import { findPublishedMinutes } from "@/lib/publication/queries";
import { publicPaths } from "@/lib/publication";
import { formatLongDate, prefectureOf } from "@/lib/format";

// Prerendered on first visit, shared by every visitor and kept 5 minutes (ADR 0005).
export const dynamic = "force-static";
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ code: string; minutesId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { code, minutesId } = await params;
  const found = await findPublishedMinutes(code, minutesId);
  if (!found) return { title: "Compte rendu introuvable" };
  return {
    title: found.document.title,
    description: `${found.summary.kindLabel} publié par la préfecture ${prefectureOf(found.prefecture)}.`,
    alternates: {
      types: { "application/atom+xml": [{ url: publicPaths.feed(found.prefecture.code), title: "Flux Atom des comptes rendus" }] },
    },
  };
}

export default async function PublishedMinutesPage({ params }: Params) {
  const { code, minutesId } = await params;
  // The loader and generateMetadata run the same queries; both are cheap and run once per
  // prerendering, not per visit.
  const found = await findPublishedMinutes(code, minutesId);
  if (!found) notFound();
  const { prefecture, summary, document } = found;
  return (
    <>
      <Breadcrumb
        currentPageLabel={document.title}
        segments={[{ label: `Préfecture ${prefectureOf(prefecture)}`, linkProps: { href: publicPaths.prefecture(prefecture.code) } }]}
      />
      <h1>{document.title}</h1>
      <p>
        Publié le {formatLongDate(summary.publishedAt)}
        {summary.revision > 1 ? ` — version corrigée n° ${summary.revision}` : ""}.
      </p>
      {found.supersededBy ? (
        <div className="fr-notice fr-notice--info fr-mb-3w">
          <div className="fr-container">
            <div className="fr-notice__body">
              <p className="fr-notice__title">
                Une version corrigée de ce compte rendu a été publiée depuis :{" "}
                <Link href={publicPaths.minutes(prefecture.code, found.supersededBy)} prefetch={false}>
                  lire la dernière version
                </Link>
                .
              </p>
            </div>
          </div>
        </div>
      ) : null}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-4w">
        <li>
          <a className="fr-btn fr-btn--secondary fr-icon-download-line" href={publicPaths.minutesPdf(prefecture.code, summary.minutesId)} download>
            Télécharger en PDF
          </a>
        </li>
        <li>
          <a className="fr-btn fr-btn--secondary fr-icon-download-line" href={publicPaths.minutesDocx(prefecture.code, summary.minutesId)} download>
            Télécharger en DOCX (Word, LibreOffice)
          </a>
        </li>
      </ul>
      <MinutesTableOfContents document={document} />
      <MinutesDocumentView document={document} />
    </>
  );
}
