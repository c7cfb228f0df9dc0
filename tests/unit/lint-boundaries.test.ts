/**
 * The layer boundaries of docs/architecture.md are lint rules (eslint.config.mjs): this test
 * lints deliberate violations with the project's own configuration and expects each to fail,
 * and a few allowed imports to pass. Type-aware parsing is switched off here (the snippets are
 * not files of the TypeScript project, and the boundary rules need no types).
 */
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const RULE = "@typescript-eslint/no-restricted-imports";

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false, project: null } },
      rules: {
        "@typescript-eslint/no-floating-promises": "off",
        "@typescript-eslint/no-misused-promises": "off",
      },
    },
  });
});

/** The import sources the boundary rules refuse in `code`, linted as if it were `filePath`, once each. */
async function refused(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  const fatal = messages.filter((m) => m.fatal);
  expect(fatal, `parse errors in ${filePath}`).toEqual([]);
  const sources = messages.filter((m) => m.ruleId === RULE).map((m) => /'([^']+)'/.exec(m.message)?.[1] ?? m.message);
  return [...new Set(sources)]; // an import may break two rules (demo data is both seed and prisma/)
}

/** One import per line, each used so that no other rule complains. */
const importing = (...sources: string[]) =>
  sources.map((source, i) => `import * as m${i} from "${source}";\nexport const v${i} = m${i};`).join("\n");

describe("lint boundaries", { timeout: 60_000 }, () => {
  it("components and app never import the database client or generated Prisma code", async () => {
    const sources = ["@/lib/db", "@/lib/db-client", "@/lib/generated/prisma/client", "@/lib/generated/prisma/enums", "@prisma/client", "pg"];
    expect(await refused("components/meetings/__boundary_check.tsx", importing(...sources))).toEqual(sources);
    expect(await refused("app/[code]/__boundary_check/page.tsx", importing(...sources))).toEqual(sources);
    // A type is no excuse either: types come from the feature's vocabulary or queries.
    expect(await refused("components/__boundary_check.tsx", `import type { Meeting } from "@/lib/generated/prisma/client";\nexport type M = Meeting;`)).toEqual([
      "@/lib/generated/prisma/client",
    ]);
  });

  it("domain/ stays pure: no Prisma, React, Next, server-only, Node I/O, demo data or queries", async () => {
    const sources = [
      "@/lib/generated/prisma/enums",
      "@prisma/client",
      "react",
      "next",
      "next/navigation",
      "server-only",
      "node:fs",
      "fs",
      "@/prisma/seed/data/meetings",
      "@/lib/db",
      "@/lib/meetings/queries",
      "@/lib/auth/policy",
      "@/lib/periods/current-on",
    ];
    expect(await refused("lib/meetings/domain/__boundary_check.ts", importing(...sources))).toEqual(sources);
  });

  it("domain/ may import vocabularies, domain entries, its own modules and the pure shared modules", async () => {
    const code = importing(
      "@/lib/meetings/vocabulary",
      "@/lib/committees/vocabulary",
      "@/lib/indicators/domain",
      "@/lib/meetings/domain/agenda",
      "./agenda",
      "@/lib/periods",
      "@/lib/validation",
      "@/lib/format",
      "zod",
    );
    expect(await refused("lib/meetings/domain/__boundary_check.ts", code)).toEqual([]);
  });

  it("outside a feature, only its public entries may be imported", async () => {
    const internals = [
      "@/lib/meetings/attendance-sheet",
      "@/lib/meetings/domain/replies",
      "@/lib/committees/import/members-csv",
      "@/lib/committees/export/members-export",
      "@/lib/exports/convocation-docx",
    ];
    expect(await refused("app/[code]/seances/__boundary_check/page.tsx", importing(...internals))).toEqual(internals);
    expect(await refused("components/committees/__boundary_check.tsx", importing(...internals))).toEqual(internals);
    expect(await refused("lib/prefectures/__boundary_check.ts", importing(...internals))).toEqual(internals);
    // Shared kernel modules (lib/auth, lib/mail…) are held to the same rule.
    expect(await refused("lib/mail/__boundary_check.ts", importing("@/lib/meetings/invitations"))).toEqual(["@/lib/meetings/invitations"]);
  });

  it("public entries are open to all, and a feature reaches its own internals", async () => {
    const publicEntries = importing(
      "@/lib/meetings",
      "@/lib/meetings/actions",
      "@/lib/meetings/queries",
      "@/lib/meetings/loaders",
      "@/lib/meetings/schemas",
      "@/lib/meetings/vocabulary",
      "@/lib/meetings/domain",
      "@/lib/committees/export",
      "@/lib/exports",
      "@/lib/auth/policy",
      "@/lib/validation/text",
    );
    expect(await refused("app/[code]/seances/__boundary_check/page.tsx", publicEntries)).toEqual([]);
    expect(await refused("lib/meetings/__boundary_check.ts", importing("./attendance-sheet", "@/lib/meetings/domain/replies"))).toEqual([]);
    expect(await refused("lib/committees/__boundary_check.ts", importing("@/lib/committees/import/members-csv"))).toEqual([]);
  });

  it("runtime code never imports demo data or tests, nor climbs out of its folder with ../", async () => {
    const sources = ["@/prisma/seed/data/meetings", "@/tests/factories/committees", "../../prisma/seed/data/meetings", "../queries"];
    expect(await refused("lib/meetings/__boundary_check.ts", importing(...sources))).toEqual(sources);
  });

  it("tests, the seed and scripts may import anything", async () => {
    const code = importing("@/lib/db", "@/lib/meetings/attendance-sheet", "@/prisma/seed/data/meetings", "@/lib/generated/prisma/client");
    expect(await refused("tests/unit/__boundary_check.test.ts", code)).toEqual([]);
    expect(await refused("prisma/seed/__boundary_check.ts", code)).toEqual([]);
    expect(await refused("scripts/__boundary_check.ts", code)).toEqual([]);
  });
});
