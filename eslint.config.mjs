import { readdirSync } from "node:fs";
import { builtinModules } from "node:module";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// ---------------------------------------------------------------------------------------------
// Layer boundaries (docs/architecture.md): app → components → lib/<feature> → prisma.
// Breaking one fails `npm run lint`; tests/unit/lint-boundaries.test.ts proves each rule bites.
// ---------------------------------------------------------------------------------------------

/** lib/ folders that are shared kernel, not features: anyone may import any of their modules. */
const SHARED_KERNEL = ["auth", "mail", "periods", "validation", "rich-text", "generated"];

/**
 * Every other lib/ folder is a feature. Only its public entries may be imported from outside
 * it (a "use server" file must be imported as itself, hence actions.ts). export/ and import/
 * are sub-folders whose index is public (`@/lib/committees/export`).
 */
const FEATURES = readdirSync(new URL("./lib", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !SHARED_KERNEL.includes(entry.name))
  .map((entry) => entry.name)
  .sort();
const PUBLIC_ENTRIES = ["index", "actions", "queries", "loaders", "schemas", "vocabulary", "domain", "export", "import"];

const featureInternals = (feature) => ({
  group: [`@/lib/${feature}/**`, ...PUBLIC_ENTRIES.map((entry) => `!@/lib/${feature}/${entry}`)],
  message: `lib/${feature} is a feature: import its public entry (@/lib/${feature}, /actions, /queries, /loaders, /schemas, /vocabulary, /domain), or export what you need from there.`,
});

/** app, components and lib: nothing from demo data, tests or tooling; no climbing out of a folder with ../ (the rules read @/ paths). */
const RUNTIME_PATTERNS = [
  {
    regex: "^@/(prisma/seed|tests|scripts|bench)(/|$)",
    message: "Runtime code never imports demo data, tests or tooling (the seed imports the domain, not the reverse).",
  },
  {
    regex: "^\\.\\./",
    message: "Import from outside this folder with an @/ path, so the boundary rules can read it.",
  },
];

/** app/ and components/: no database client, no generated Prisma code. */
const noDatabase = () => [
  {
    regex: "^(@/lib/db$|@/lib/db-client$|@/lib/generated/|@prisma/|pg$|@/prisma/)",
    message:
      "Pages and components reach the database through lib/<feature> (queries.ts, loaders.ts, actions.ts); enums and their labels come from lib/<feature>/vocabulary.ts.",
  },
];

const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith("_"));

/** lib/<feature>/domain/: pure TypeScript. */
const domainPatterns = (feature) => [
  {
    regex: `^(@prisma/|pg$|(react|react-dom|next|next-auth)(/|$)|server-only$|@/prisma/|node:|(${NODE_BUILTINS.join("|")})(/|$))`,
    message: "domain/ is pure TypeScript: no Prisma, React, Next, server-only, Node I/O or prisma/ (demo data).",
  },
  {
    // Of lib/, only vocabularies, other features' domain entries, this domain's own modules
    // and the pure shared modules.
    regex: `^@/lib/(?!(?:[^/]+/vocabulary|[^/]+/domain|${feature}/domain/.+|periods|validation(?:/.+)?|rich-text/document|format)$)`,
    message:
      "domain/ imports only vocabularies (@/lib/<feature>/vocabulary), domain entries (@/lib/<feature>/domain) and the pure @/lib/periods, @/lib/validation, @/lib/rich-text/document and @/lib/format.",
  },
];

const restrictImports = (patterns) => ({
  "no-restricted-imports": "off",
  "@typescript-eslint/no-restricted-imports": ["error", { patterns }],
});

const boundaries = [
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: restrictImports([...RUNTIME_PATTERNS, ...noDatabase(), ...FEATURES.map(featureInternals)]),
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: restrictImports([...RUNTIME_PATTERNS, ...FEATURES.map(featureInternals)]),
  },
  ...FEATURES.map((feature) => ({
    files: [`lib/${feature}/**/*.{ts,tsx}`],
    rules: restrictImports([...RUNTIME_PATTERNS, ...FEATURES.filter((f) => f !== feature).map(featureInternals)]),
  })),
  ...FEATURES.map((feature) => ({
    files: [`lib/${feature}/domain/**/*.{ts,tsx}`],
    rules: restrictImports([
      ...RUNTIME_PATTERNS,
      ...domainPatterns(feature),
      ...FEATURES.filter((f) => f !== feature).map(featureInternals),
    ]),
  })),
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".data/**",
    "node_modules/**",
    "lib/generated/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    // Type-aware rules where a mistake costs data: promises left floating in actions and
    // scripts, async handlers passed where a void callback is expected.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // tests/, prisma/, scripts/ and bench/ may import anything.
  ...boundaries,
]);
