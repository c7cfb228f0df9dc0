import type { Metadata } from "next";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { listOutbox } from "@/lib/meetings/queries";
import { formatDateTime } from "@/lib/format";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";

export const metadata: Metadata = { title: "Boîte d'envoi" };

export default async function OutboxPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { prefecture } = await requirePrefectureAccess(code, "prefecture.manage");
  const messages = await listOutbox(prefecture.id);
  return (
    <>
      <PageBreadcrumb code={code} current="Boîte d'envoi" />
      <h1>Boîte d&apos;envoi</h1>
      <p>
        Chaque courriel produit par le portail est conservé ici. « En attente » signifie qu&apos;aucun serveur de courriel
        n&apos;est configuré ou que l&apos;envoi a échoué : le message n&apos;a pas été envoyé.
      </p>
      {messages.length === 0 ? (
        <p>Aucun courriel.</p>
      ) : (
        <ul className="fr-raw-list">
          {messages.map((m) => (
            <li key={m.id} className="fr-mb-2w">
              <details>
                <summary>
                  {formatDateTime(m.createdAt)} — {m.to} — {m.subject} —{" "}
                  {m.sentAt ? `envoyé le ${formatDateTime(m.sentAt)}` : m.error ? `échec : ${m.error}` : "en attente"}
                </summary>
                <pre style={{ whiteSpace: "pre-wrap" }}>{m.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
