/**
 * The route-handler counterpart of the action client: every route goes through the session,
 * the resource resolver and the policy before its handler runs. Anonymous → 401, not
 * allowed → 403, target missing → 404, all with a French message.
 */
import "server-only";
import { NextResponse } from "next/server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { getActor } from "@/lib/auth/session";
import { can, type Actor, type Resource, type Verb } from "@/lib/auth/policy";

export type RouteParams = Record<string, string>;

export function jsonError(status: number, error: string) {
  return NextResponse.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

export function guardedRoute<P extends RouteParams>(options: {
  verb: Verb;
  resource: (params: P, db: PrismaClient) => Promise<Resource | null>;
  handler: (context: { actor: Actor; resource: Resource; params: P; request: Request }) => Promise<Response>;
}) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const actor = await getActor();
    if (!actor) return jsonError(401, "Connectez-vous pour accéder à ce document.");
    const resolved = await params;
    const resource = await options.resource(resolved, db);
    if (!resource) return jsonError(404, "Document ou séance introuvable.");
    if (!can(actor, options.verb, resource)) return jsonError(403, "Vous n'avez pas accès à ce document.");
    return options.handler({ actor, resource, params: resolved, request });
  };
}

/** A file download with a French-safe file name. */
export function fileResponse(body: Uint8Array | Buffer | string, fileName: string, contentType: string) {
  const ascii = fileName.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^\w.-]+/g, "_");
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
