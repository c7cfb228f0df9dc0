/**
 * The State header: Marianne block, portal name, the prefecture's name inside a prefecture
 * space, quick access (sign in / my account / sign out) and navigation by role. The menu marks
 * its current section itself (main-navigation.tsx): layouts cannot know the page below them.
 */
import { Header } from "@codegouvfr/react-dsfr/Header";
import { getActor } from "@/lib/auth/session";
import { can, isNationalAdmin } from "@/lib/auth/policy";
import { prefectureOf } from "@/lib/format";
import { SignOutButton } from "./sign-out-button";
import { SiteNavigation, type NavigationItem } from "./main-navigation";

export interface HeaderPrefecture {
  id: string;
  code: string;
  name: string;
  stateHeader: string;
}

export async function SiteHeader({ prefecture }: { prefecture?: HeaderPrefecture }) {
  const actor = await getActor();
  const navigation: NavigationItem[] = [];
  if (prefecture && actor && can(actor, "prefecture.read", { kind: "prefecture", prefectureId: prefecture.id })) {
    navigation.push({ text: "Tableau de bord", href: `/${prefecture.code}` });
    navigation.push({ text: "Comités", href: `/${prefecture.code}/comites` });
    navigation.push({ text: "Séances", href: `/${prefecture.code}/seances` });
    navigation.push({ text: "Comptes rendus", href: `/${prefecture.code}/comptes-rendus` });
    if (can(actor, "results.read", { kind: "prefecture", prefectureId: prefecture.id })) {
      navigation.push({ text: "Indicateurs", href: `/${prefecture.code}/indicateurs` });
      navigation.push({ text: "Enquêtes", href: `/${prefecture.code}/enquetes` });
      navigation.push({ text: "Plan d'actions", href: `/${prefecture.code}/plan-actions` });
      navigation.push({ text: "Démarche qualité", href: `/${prefecture.code}/demarche-qualite` });
    }
    if (can(actor, "register.manage", { kind: "prefecture", prefectureId: prefecture.id })) {
      navigation.push({ text: "Registre", href: `/${prefecture.code}/registre` });
    }
    if (can(actor, "prefecture.manage", { kind: "prefecture", prefectureId: prefecture.id })) {
      navigation.push({ text: "Boîte d'envoi", href: `/${prefecture.code}/boite-envoi` });
    }
  }
  if (actor && isNationalAdmin(actor)) navigation.push({ text: "Administration nationale", href: "/national" });
  navigation.push({ text: "Choisir une préfecture", href: "/" });

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
      // No "Paramètres d'affichage" button opens it: rendering its modal on every page cost
      // ~20 KB of HTML and CPU per request (bench/http.md).
      disableDisplay
      serviceTitle="Comités locaux des usagers"
      serviceTagline={prefecture ? `Préfecture ${prefectureOf(prefecture)} (${prefecture.code})` : "CLU et CLAC des préfectures"}
      homeLinkProps={{ href: "/", title: "Accueil — Comités locaux des usagers" }}
      navigation={<SiteNavigation id="navigation-principale-main-navigation" items={navigation} />}
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
