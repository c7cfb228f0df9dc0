// `npm run admin:create -- --email x@y.fr --name "Prénom NOM"`: creates (or promotes) the
// first national administrator of a production database. The password is read from the
// ADMIN_PASSWORD variable or typed at the prompt (never passed as an argument, where it
// would land in the shell history).
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/db-client";
import { hashPassword } from "@/lib/auth/password";
import { PASSWORD_MIN_LENGTH } from "@/lib/account/schemas";

const inputSchema = z.object({
  email: z.string().trim().toLowerCase().email("Adresse électronique invalide / invalid e-mail address"),
  name: z.string().trim().min(2, "Nom requis (--name) / name required (--name)"),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `Mot de passe : ${PASSWORD_MIN_LENGTH} caractères au moins / password: at least ${PASSWORD_MIN_LENGTH} characters`),
});

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const password = await rl.question("Mot de passe / password: ");
  rl.close();
  return password;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL : variable d'environnement manquante / missing environment variable");
  const parsed = inputSchema.safeParse({ email: values.email, name: values.name, password: await readPassword() });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `- ${i.message}`).join("\n"));
  const { email, name, password } = parsed.data;
  const db = createPrismaClient(url);
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.upsert({
        where: { email },
        create: { email, name, passwordHash: await hashPassword(password) },
        update: { name, passwordHash: await hashPassword(password), passwordChangedAt: new Date(), disabledAt: null },
      });
      const existing = await tx.membership.findFirst({ where: { userId: user.id, role: "NATIONAL_ADMIN" } });
      if (!existing) await tx.membership.create({ data: { userId: user.id, role: "NATIONAL_ADMIN" } });
      await tx.auditLog.create({
        data: { action: "admin.createNational", entityType: "User", entityId: user.id, after: { email, name } },
      });
    });
    console.log(`Administrateur national prêt / national administrator ready: ${email}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
