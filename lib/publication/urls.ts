/**
 * Addresses of the public pages. Absolute ones (feed, open data) are built on the portal's
 * configured address (NEXTAUTH_URL, as e-mails are), never on the request's Host header: the
 * answers are cached and shared, so they must not depend on who asked or through which name.
 */
import { portalBaseUrl } from "@/lib/mail/portal-url";

const enc = encodeURIComponent;

export const publicPaths = {
  prefecture: (code: string) => `/public/${enc(code)}`,
  feed: (code: string) => `/public/${enc(code)}/flux.atom`,
  search: (code: string) => `/public/${enc(code)}/recherche`,
  minutes: (code: string, minutesId: string) => `/public/${enc(code)}/comptes-rendus/${enc(minutesId)}`,
  minutesPdf: (code: string, minutesId: string) => `/public/${enc(code)}/comptes-rendus/${enc(minutesId)}/compte-rendu.pdf`,
  minutesDocx: (code: string, minutesId: string) => `/public/${enc(code)}/comptes-rendus/${enc(minutesId)}/compte-rendu.docx`,
  apiPrefectures: () => "/api/v1/prefectures",
  apiMeetings: (code: string) => `/api/v1/prefectures/${enc(code)}/meetings`,
  openApi: () => "/api/v1/openapi.json",
};

export function absoluteUrl(path: string): string {
  return `${portalBaseUrl()}${path}`;
}
