/** Links that e-mails carry to the portal: built on NEXTAUTH_URL, the address members reach. */
import { env } from "@/lib/env";

/** "https://clu.example.gouv.fr", without a trailing slash (local default for development). */
export function portalBaseUrl(): string {
  return (env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}

/** The meeting's page on the portal: /{code}/seances/{id}. */
export function meetingPageUrl(prefectureCode: string, meetingId: string): string {
  return `${portalBaseUrl()}/${encodeURIComponent(prefectureCode)}/seances/${encodeURIComponent(meetingId)}`;
}
