/**
 * Environment, validated once at start-up (instrumentation.ts) and on first use.
 * Secrets only ever come from here; a missing one stops the server with a message that
 * names it, in French and English.
 */
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url(),
  NEXTAUTH_SECRET: z.string().min(32),
  NEXTAUTH_URL: z.string().url().optional(),
  /** Where uploaded documents are stored */
  FILES_DIR: z.string().min(1).default(".data/files"),
  /** smtp://user:pass@host:port — without it, e-mails stay in the portal's outbox */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default("Comités locaux des usagers <no-reply@example.org>"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export class EnvError extends Error {}

/** Parses process.env; throws EnvError naming every missing or invalid variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join(".");
      const missing = source[name] === undefined || source[name] === "";
      return missing
        ? `- ${name} : variable d'environnement manquante / missing environment variable`
        : `- ${name} : valeur invalide / invalid value (${issue.message})`;
    });
    throw new EnvError(
      `Configuration incomplète / Incomplete configuration:\n${lines.join("\n")}\n` +
        "Voir README.md, section « Production » / See README.md, “Production” section.",
    );
  }
  return parsed.data;
}

export function env(): Env {
  cached ??= readEnv();
  return cached;
}
