/**
 * Every page and route handler of app/, found from the file system so a new route cannot
 * escape the access tests. Dynamic segments are filled with a target of ANOTHER prefecture
 * ([code] → "16") or a random id.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export interface AppRoute {
  file: string;
  kind: "page" | "route";
  /** HTTP methods a route handler exports (pages: GET) */
  methods: string[];
  /** URL with the dynamic segments filled */
  url: string;
  /** The pattern as written: /[code]/seances/[id] */
  pattern: string;
}

function walk(dir: string, out: string[]) {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/^(page|route)\.tsx?$/.test(entry)) out.push(full);
  }
}

export function listAppRoutes(appDir = "app", fill: Record<string, string> = {}): AppRoute[] {
  const files: string[] = [];
  walk(appDir, files);
  return files.sort().map((file) => {
    const segments = path
      .relative(appDir, path.dirname(file))
      .split(path.sep)
      .filter((s) => s && !/^\(.*\)$/.test(s)); // route groups do not appear in URLs
    const pattern = `/${segments.join("/")}`;
    const url = `/${segments
      .map((s) => {
        const catchAll = /^\[\.\.\.(.+)\]$/.exec(s);
        if (catchAll) return fill[catchAll[1] ?? ""] ?? "x";
        const dynamic = /^\[(.+)\]$/.exec(s);
        if (dynamic) return fill[dynamic[1] ?? ""] ?? "00000000-0000-4000-8000-000000000000";
        return s;
      })
      .join("/")}`;
    const kind = path.basename(file).startsWith("page") ? "page" : "route";
    const methods =
      kind === "page"
        ? ["GET"]
        : [...readFileSync(file, "utf8").matchAll(/export\s+(?:const|async function|function|\{[^}]*\bas)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1] as string);
    return { file, kind, methods, url, pattern } as AppRoute;
  });
}

/** Reachable without an account, by design (domain.md §2 "public"). */
export const PUBLIC_PATTERNS = new Set([
  "/",
  "/connexion",
  "/accessibilite",
  "/mentions-legales",
  "/api/health",
  "/api/auth/[...nextauth]",
  // the convocation link: the token is the credential
  "/reponse/[token]",
]);

/** Signed-in only, about the caller themself: no prefecture to be a stranger to. */
export const SELF_PATTERNS = new Set(["/mon-compte", "/connexion/suite"]);
