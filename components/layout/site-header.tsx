/**
 * The State header: Marianne block, portal name, the prefecture's name inside a prefecture
 * space, quick access (sign in / my account / sign out) and navigation by role.
 */
import { Header } from "@codegouvfr/react-dsfr/Header";
import type { MainNavigationProps } from "@codegouvfr/react-dsfr/MainNavigation";
import { getActor } from "@/lib/auth/session";
import { can, isNationalAdmin } from "@/lib/auth/policy";
import { prefectureOf } from "@/lib/format";
import { SignOutButton } from "./sign-out-button";

export interface HeaderPrefecture {
  id: string;
  code: string;
  name: string;
  stateHeader: string;
}

export async function SiteHeader({
  prefecture,
  currentPath,
}: {
  prefecture?: HeaderPrefecture;
  currentPath?: string;
}) {
  const actor = await getActor();
  const navigation: MainNavigationProps.Item[] = [];
  if (prefecture && actor && can(actor, "prefecture.read", { kind: "prefecture", prefectureId: prefecture.id })) {
    navigation.push({
      text: "Tableau de bord",
      linkProps: { href: `/${prefecture.code}` },
      isActive: currentPath === `/${prefecture.code}`,
    });
    navigation.push({
      text: "Comités",
      linkProps: { href: `/${prefecture.code}/comites` },
      isActive: currentPath?.startsWith(`/${prefecture.code}/comites`) ?? false,
    });
    navigation.push({
      text: "Séances",
      linkProps: { href: `/${prefecture.code}/seances` },
      isActive: currentPath?.startsWith(`/${prefecture.code}/seances`) ?? false,
    });
    if (can(actor, "prefecture.manage", { kind: "prefecture", prefectureId: prefecture.id })) {
      navigation.push({
        text: "Boîte d'envoi",
        linkProps: { href: `/${prefecture.code}/boite-envoi` },
        isActive: currentPath === `/${prefecture.code}/boite-envoi`,
      });
    }
  }
  if (actor && isNationalAdmin(actor)) {
    navigation.push({ text: "Administration nationale", linkProps: { href: "/national" }, isActive: currentPath === "/national" });
  }
  navigation.push({ text: "Choisir une préfecture", linkProps: { href: "/" }, isActive: currentPath === "/" });

  return (
    <Header
      id="navigation-principale"
      brandTop={
        <>
          République
          <br />
          Française
        </>
      }
      serviceTitle="Comités locaux des usagers"
      serviceTagline={prefecture ? `Préfecture ${prefectureOf(prefecture)} (${prefecture.code})` : "CLU et CLAC des préfectures"}
      homeLinkProps={{ href: "/", title: "Accueil — Comités locaux des usagers" }}
      navigation={navigation}
      quickAccessItems={
        actor
          ? [
              { iconId: "fr-icon-account-circle-line", text: `Mon compte (${actor.name})`, linkProps: { href: "/mon-compte" } },
              <SignOutButton key="sign-out" />,
            ]
          : [{ iconId: "fr-icon-lock-line", text: "Se connecter", linkProps: { href: "/connexion" } }]
      }
    />
  );
}
