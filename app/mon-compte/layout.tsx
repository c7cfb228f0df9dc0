import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { requireActor } from "@/lib/auth/session";

export default async function AccountLayout({ children }: { children: ReactNode }) {
  await requireActor("/mon-compte");
  return (
    <>
      <SiteHeader />
      <main id="contenu" tabIndex={-1} className="fr-container fr-py-6w">
        {children}
      </main>
    </>
  );
}
