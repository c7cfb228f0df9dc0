/** "Enquêtes jointes" on a meeting's page: the surveys attached to it as annexes, with links. */
import Link from "next/link";

export function MeetingSurveys({ code, surveys }: { code: string; surveys: { id: string; title: string; year: number }[] }) {
  if (surveys.length === 0) return null;
  return (
    <section aria-labelledby="meeting-surveys-title" className="fr-mt-4w">
      <h2 id="meeting-surveys-title" className="fr-h4">
        Enquêtes jointes
      </h2>
      <ul>
        {surveys.map((s) => (
          <li key={s.id}>
            <Link href={`/${code}/enquetes/${s.id}`}>
              {s.title} ({s.year})
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
