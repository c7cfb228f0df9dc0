import type { Metadata } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { DsfrHead, getHtmlAttributes } from "@/components/dsfr/dsfr-head";
import { DsfrProvider, StartDsfrOnHydration } from "@/components/dsfr/dsfr-provider";
import { SiteFooter } from "@/components/layout/site-footer";

export const metadata: Metadata = {
  title: { default: "Comités locaux des usagers", template: "%s — Comités locaux des usagers" },
  description:
    "Portail des comités locaux des usagers (CLU) et de l'amélioration continue (CLAC) des préfectures.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = "fr";
  // The nonce of this request's Content-Security-Policy (proxy.ts): Next.js puts it on its
  // own scripts, the DSFR on its.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html {...getHtmlAttributes({ lang })}>
      <head>
        <DsfrHead nonce={nonce} preloadFonts={["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"]} />
      </head>
      <body>
        <DsfrProvider lang={lang}>
          <StartDsfrOnHydration />
          <SkipLinks
            links={[
              { anchor: "#contenu", label: "Contenu" },
              { anchor: "#navigation-principale", label: "Menu" },
              { anchor: "#pied-de-page", label: "Pied de page" },
            ]}
          />
          {children}
          <SiteFooter />
        </DsfrProvider>
      </body>
    </html>
  );
}
