/**
 * The one action client. Every server action is built here, in this order:
 *   session → parse (zod) → resolve the resource → policy → handler in a transaction
 *   (with its audit-log row) → { ok: true, data } | { ok: false, code, error } in French.
 *
 * `execute(actor, input)` is the testable core (tests pass the actor they want); the server
 * action exported by a feature's actions.ts is `serverAction(definition)`, which reads the
 * actor from the session. tests/integration/access-actions.test.ts enumerates every export of
 * every lib/ ** /actions.ts file and proves each was built here and refuses an anonymous caller
 * and a caller of another prefecture.
 */
import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { writeAuditLog, type AuditEntry } from "@/lib/audit-log";
import { can, type Actor, type Resource, type Verb } from "@/lib/auth/policy";

export type ActionErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "INVALID"
  | "NOT_FOUND"
  | "CONFLICT"
  | "ERROR";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ActionErrorCode; error: string; fieldErrors?: Record<string, string[]> };

/** Thrown by handlers for an expected failure with a French message (rolls back). */
export class ActionError extends Error {
  constructor(
    readonly code: ActionErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export interface ActionContext {
  /** null only for actions that allow anonymous callers (a convocation link) */
  actor: Actor | null;
  tx: Tx;
  resource: Resource;
  /** Records the mutation in the audit log (same transaction). Mandatory for mutations. */
  audit(entry: AuditEntry): Promise<void>;
  /** Work that must wait for the commit (sending e-mails): run after it, never before. */
  afterCommit(fn: () => Promise<unknown>): void;
}

export interface ActionDefinition<S extends z.ZodType, T> {
  name: string;
  verb: Verb;
  input: S;
  /** Callers without a session are let through to the policy (which then needs a link). */
  allowAnonymous?: boolean;
  /**
   * The resource the verb is checked against, derived from the parsed input (e.g. the
   * prefecture and committee of the meeting whose id is given). Return null when the target
   * does not exist (→ NOT_FOUND).
   */
  resource(input: z.infer<S>, db: PrismaClient, actor: Actor | null): Promise<Resource | null>;
  handler(ctx: ActionContext, input: z.infer<S>): Promise<T>;
}

export interface BuiltAction<S extends z.ZodType, T> {
  definition: ActionDefinition<S, T>;
  execute(db: PrismaClient, actor: Actor | null, rawInput: unknown): Promise<ActionResult<T>>;
}

const MESSAGES: Record<ActionErrorCode, string> = {
  UNAUTHENTICATED: "Votre session a expiré. Veuillez vous reconnecter.",
  FORBIDDEN: "Vous n'avez pas les droits nécessaires pour cette opération.",
  INVALID: "Certains champs sont invalides. Corrigez-les puis réessayez.",
  NOT_FOUND: "L'élément demandé n'existe pas ou a été supprimé.",
  CONFLICT:
    "Cet élément a été modifié par quelqu'un d'autre entre-temps. Vos saisies sont conservées : rechargez pour voir la version actuelle.",
  ERROR: "Une erreur inattendue est survenue. Aucune modification n'a été enregistrée.",
};

/**
 * A unique index refused a write that a check in the handler could not see coming (two
 * requests at once). Said in French, on the field, rather than as an unexpected error. The
 * index names come from prisma/schema.prisma (@@unique → "<table>_<columns>_key").
 */
const UNIQUE_VIOLATIONS: Record<string, { field: string; message: string }> = {
  persons_prefecture_id_email_key: {
    field: "email",
    message: "Cette adresse électronique est déjà celle d'une autre personne de la préfecture (enregistrée à l'instant). Rechargez la page et choisissez cette personne.",
  },
  committees_prefecture_id_name_key: { field: "name", message: "Un comité de la préfecture porte déjà ce nom." },
  organizations_prefecture_id_name_key: { field: "organizationName", message: "Un organisme de la préfecture porte déjà ce nom (créé à l'instant) : réessayez." },
};

function uniqueViolation(error: unknown): ActionError | null {
  const e = error as { code?: string; meta?: { driverAdapterError?: { cause?: { constraint?: { index?: string } } } } };
  if (e?.code !== "P2002") return null;
  const index = e.meta?.driverAdapterError?.cause?.constraint?.index ?? "";
  const known = UNIQUE_VIOLATIONS[index];
  if (known) return new ActionError("INVALID", known.message, { [known.field]: [known.message] });
  return new ActionError("CONFLICT", "Un enregistrement identique vient d'être créé par quelqu'un d'autre. Rechargez la page pour le voir.");
}

export function fail<T>(code: ActionErrorCode, error = MESSAGES[code], fieldErrors?: Record<string, string[]>): ActionResult<T> {
  return { ok: false, code, error, ...(fieldErrors ? { fieldErrors } : {}) };
}

export function defineAction<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
): BuiltAction<S, T> {
  return {
    definition,
    async execute(db, actor, rawInput) {
      if (!actor && !definition.allowAnonymous) return fail("UNAUTHENTICATED");
      const parsed = definition.input.safeParse(rawInput);
      if (!parsed.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) {
          const key = issue.path.join(".") || "_";
          (fieldErrors[key] ??= []).push(issue.message);
        }
        return fail("INVALID", MESSAGES.INVALID, fieldErrors);
      }
      const input = parsed.data as z.infer<S>;
      try {
        const resource = await definition.resource(input, db, actor);
        if (!resource) return fail("NOT_FOUND");
        if (!can(actor, definition.verb, resource)) return fail(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
        const afterCommit: (() => Promise<unknown>)[] = [];
        const data = await db.$transaction(async (tx) => {
          let audited = false;
          const result = await definition.handler(
            {
              actor,
              tx,
              resource,
              audit: async (entry) => {
                audited = true;
                await writeAuditLog(tx, actor?.userId ?? null, entry);
              },
              afterCommit: (fn) => afterCommit.push(fn),
            },
            input,
          );
          if (!audited) {
            throw new Error(`Action ${definition.name} did not write its audit-log entry`);
          }
          return result;
        }, { timeout: 30_000 });
        // The transaction is committed: a failure from here on must not say "nothing was saved".
        for (const fn of afterCommit) {
          try {
            await fn();
          } catch (error) {
            console.error(`[action ${definition.name}] after commit`, error);
          }
        }
        return { ok: true, data };
      } catch (error) {
        if (error instanceof ActionError) return fail(error.code, error.message, error.fieldErrors);
        const duplicate = uniqueViolation(error);
        if (duplicate) return fail(duplicate.code, duplicate.message, duplicate.fieldErrors);
        console.error(`[action ${definition.name}]`, error);
        return fail("ERROR");
      }
    },
  };
}

/** The signed-in caller of an action that requires one (all but link-based actions). */
export function signedIn(ctx: ActionContext): Actor {
  if (!ctx.actor) throw new ActionError("UNAUTHENTICATED", MESSAGES.UNAUTHENTICATED);
  return ctx.actor;
}

/**
 * Optimistic locking: updates the row only if its version is the one the user loaded.
 * Throws CONFLICT otherwise, so the form keeps what was typed and says what happened.
 */
export function assertVersion(count: number) {
  if (count === 0) throw new ActionError("CONFLICT", MESSAGES.CONFLICT);
}
