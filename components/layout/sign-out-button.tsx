"use client";
import { signOut } from "next-auth/react";
import { fr } from "@codegouvfr/react-dsfr";

export function SignOutButton() {
  return (
    <button
      type="button"
      className={fr.cx("fr-btn", "fr-icon-logout-box-r-line")}
      onClick={() => void signOut({ callbackUrl: "/connexion?deconnecte=1" })}
    >
      Se déconnecter
    </button>
  );
}
