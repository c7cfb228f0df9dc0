// `npm run token:create -- --email agent.86@example.org --prefecture 86 [--role STAFF] [--name "Import du standard"]`:
// an administrator creates a personal API token for a user in a prefecture (lib/auth/api-tokens.ts)
// and prints it — the only time it is shown; the database keeps its SHA-256.
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db-client";
import { issueApiToken, TOKEN_ROLES, type TokenRole } from "@/lib/auth/api-tokens";

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, prefecture: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
  });
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL : variable d'environnement manquante / missing environment variable");
  if (!values.email || !values.prefecture) throw new Error("--email et --prefecture sont requis / --email and --prefecture are required");
  const db = createPrismaClient(url);
  try {
    const user = await db.user.findUnique({ where: { email: values.email.trim().toLowerCase() }, include: { memberships: true } });
    if (!user) throw new Error(`Aucun compte ${values.email} / no such user`);
    const prefecture = await db.prefecture.findUnique({ where: { code: values.prefecture } });
    if (!prefecture) throw new Error(`Aucune préfecture ${values.prefecture} / no such prefecture`);
    const held = user.memberships.filter((m) => m.prefectureId === prefecture.id).map((m) => m.role);
    const role = (values.role ?? held.find((r) => r !== "NATIONAL_ADMIN")) as TokenRole | undefined;
    if (!role || !(TOKEN_ROLES as readonly string[]).includes(role)) throw new Error(`Rôle invalide / invalid role: ${String(role)} (${TOKEN_ROLES.join(", ")})`);
    const issued = await issueApiToken(db, { userId: user.id, prefectureId: prefecture.id, role, name: values.name ?? "Jeton créé en ligne de commande" });
    if (!issued.ok) throw new Error(issued.reason);
    console.log(issued.token);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
