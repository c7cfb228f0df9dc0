import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { authorize } from "@/lib/auth/session";

export default async function NationalLayout({ children }: { children: ReactNode }) {
  await authorize("national.read", { kind: "national" }, "/national");
  return (
    <>
      <SiteHeader />
      <main id="contenu" tabIndex={-1} className="fr-container fr-py-6w">
        {children}
      </main>
    </>
  );
}
