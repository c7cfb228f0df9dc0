/**
 * Page loader of one register entry: prefecture access with "register.manage" (the register
 * holds users' personal data: members and strangers are refused before anything is read) →
 * zod-parsed id (404) → the entry of that prefecture (404 for another prefecture's id).
 * Memoised per request so generateMetadata and the page share it.
 */
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { uuidParam } from "@/lib/validation";
import { findRegisterEntry } from "./queries";

export const requireRegisterEntry = cache(async (code: string, entryId: string) => {
  const { actor, prefecture } = await requirePrefectureAccess(code, "register.manage");
  if (!uuidParam.safeParse(entryId).success) notFound();
  const entry = await findRegisterEntry(prefecture.id, entryId);
  if (!entry) notFound();
  return { actor, prefecture, entry };
});
