/**
 * Turns a built action (lib/action-client.ts) into a Next.js server action: the caller is
 * whoever the session says, never something the client sends. The built action stays
 * reachable as `.built` so the access test can run it with the callers it chooses.
 */
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { getActor } from "@/lib/auth/session";
import type { ActionResult, BuiltAction } from "@/lib/action-client";

export type ServerAction<S extends z.ZodType, T> = ((input: z.input<S>) => Promise<ActionResult<T>>) & {
  built: BuiltAction<S, T>;
};

export function serverAction<S extends z.ZodType, T>(built: BuiltAction<S, T>): ServerAction<S, T> {
  const action = async (input: z.input<S>) => built.execute(db, await getActor(), input);
  return Object.assign(action, { built });
}
