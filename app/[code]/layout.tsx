import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";

/** One prefecture's space: every page below is checked here once, and again by its queries. */
export default async function PrefectureLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ code: string }>;
}) {
  const { code } = await params;
  const { prefecture } = await requirePrefectureAccess(code);
  return (
    <>
      <SiteHeader prefecture={prefecture} />
      <main id="contenu" tabIndex={-1} className="fr-container fr-py-6w">
        {children}
      </main>
    </>
  );
}
