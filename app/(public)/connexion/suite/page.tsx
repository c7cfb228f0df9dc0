import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { accessiblePrefectureCodes } from "@/lib/auth/policy";

/** Where a user lands after signing in: their prefecture, the national space, or the list. */
export default async function AfterSignIn() {
  const actor = await requireActor("/connexion/suite");
  const codes = accessiblePrefectureCodes(actor);
  if (codes === "*") redirect("/national");
  if (codes.length === 1 && codes[0]) redirect(`/${codes[0]}`);
  redirect("/");
}
