"use server";
/**
 * Committee and member mutations: create a committee, seat a member (an existing person, a
 * person typed in, or an organisation), correct a person, end a seat, import a CSV. Every one
 * is built with the action client (policy, zod, transaction, audit log); the resource is read
 * from the database, never taken from the caller.
 */
import { ActionError, assertVersion, defineAction } from "@/lib/action-client";
import { serverAction } from "@/lib/server-action";
import type { Tx } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { College, OrganizationKind } from "@/lib/generated/prisma/enums";
import type { Resource } from "@/lib/auth/policy";
import { formatDate, formatPersonName } from "@/lib/format";
import { parseMembersCsv } from "@/lib/committees/import/members-csv";
import { applyMembersImport, previewMembersImport } from "@/lib/committees/import/apply-members-import";
import { addMemberSchema, createCommitteeSchema, endMemberSchema, importMembersSchema, updatePersonSchema } from "./schemas";
import { COLLEGE_LABELS } from "@/lib/committees/vocabulary";

const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function committeeResource(db: PrismaClient, committeeId: string): Promise<Resource | null> {
  const c = await db.committee.findUnique({ where: { id: committeeId }, select: { prefectureId: true } });
  return c && { kind: "committee", prefectureId: c.prefectureId, committeeId };
}

/** The committee of the resource, which must still accept members. */
async function openCommittee(tx: Tx, resource: Resource) {
  if (resource.kind !== "committee") throw new ActionError("FORBIDDEN", "Comité invalide.");
  const committee = await tx.committee.findFirst({ where: { id: resource.committeeId, prefectureId: resource.prefectureId } });
  if (!committee) throw new ActionError("NOT_FOUND", "Ce comité n'existe pas dans cette préfecture.");
  if (committee.archivedAt) throw new ActionError("INVALID", "Ce comité est archivé : sa composition ne peut plus être modifiée.");
  return committee;
}

// When the form does not say what a new organisation is, the college is the best hint (the
// same rule as the CSV import, lib/committees/import/apply-members-import.ts).
const DEFAULT_KIND: Record<College, OrganizationKind> = {
  STATE: "STATE_SERVICE",
  ELECTED: "LOCAL_AUTHORITY",
  PROFESSIONALS: "PROFESSIONAL_BODY",
  USERS: "OTHER",
};

/**
 * "Pick or create by name": an organisation of the prefecture whose name or short name is
 * the one typed (ignoring case), otherwise a new one. Returns null when no name was given.
 */
async function resolveOrganization(tx: Tx, prefectureId: string, name: string | null, kind: OrganizationKind) {
  if (!name) return null;
  const existing = await tx.organization.findFirst({
    where: {
      prefectureId,
      OR: [{ name: { equals: name, mode: "insensitive" } }, { shortName: { equals: name, mode: "insensitive" } }],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true },
  });
  if (existing) return { ...existing, created: false };
  const created = await tx.organization.create({ data: { prefectureId, name, kind }, select: { id: true, name: true } });
  return { ...created, created: true };
}

/**
 * The e-mail is how the import recognises a person (and where convocations go): two persons
 * of one prefecture must not share it, or the next import would seat the wrong one.
 */
async function assertEmailFree(tx: Tx, prefectureId: string, email: string | null, exceptId?: string) {
  if (!email) return;
  const other = await tx.person.findFirst({
    where: { prefectureId, email: { equals: email, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { civility: true, firstName: true, lastName: true },
  });
  if (other) {
    const message = `Cette adresse est déjà celle de ${formatPersonName(other)}.${exceptId ? "" : " Choisissez cette personne dans « Une personne déjà enregistrée »."}`;
    throw new ActionError("INVALID", message, { email: [message] });
  }
}

export const createCommittee = serverAction(
  defineAction({
    name: "committee.create",
    verb: "committee.manage",
    input: createCommitteeSchema,
    async resource(input, db) {
      const p = await db.prefecture.findUnique({ where: { id: input.prefectureId }, select: { id: true } });
      return p && { kind: "prefecture", prefectureId: p.id };
    },
    async handler(ctx, input) {
      const prefectureId = ctx.resource.kind === "prefecture" ? ctx.resource.prefectureId : null;
      if (!prefectureId) throw new ActionError("FORBIDDEN", "Préfecture invalide.");
      const same = await ctx.tx.committee.findFirst({
        where: { prefectureId, name: { equals: input.name, mode: "insensitive" } },
        select: { id: true },
      });
      if (same) {
        const message = "Un comité de la préfecture porte déjà ce nom.";
        throw new ActionError("INVALID", message, { name: [message] });
      }
      const committee = await ctx.tx.committee.create({ data: { prefectureId, kind: input.kind, name: input.name } });
      await ctx.audit({ action: "committee.create", entityType: "Committee", entityId: committee.id, prefectureId, after: committee });
      return { id: committee.id };
    },
  }),
);

export const addMember = serverAction(
  defineAction({
    name: "committee.addMember",
    verb: "committee.manage",
    input: addMemberSchema,
    resource: (input, db) => committeeResource(db, input.committeeId),
    async handler(ctx, input) {
      const committee = await openCommittee(ctx.tx, ctx.resource);
      const { prefectureId } = committee;
      const startsOn = dateOf(input.startsOn);
      let personId: string | null = null;
      let organizationId: string | null = null;
      let createdPerson = false;
      let createdOrganization: string | null = null;

      if (input.holder === "PERSON") {
        const person = await ctx.tx.person.findFirst({
          where: { id: input.personId ?? "", prefectureId },
          select: { id: true, civility: true, firstName: true, lastName: true, organizationId: true },
        });
        if (!person) {
          const message = "Cette personne n'est pas enregistrée dans la préfecture.";
          throw new ActionError("INVALID", message, { personId: [message] });
        }
        // A person holds one seat at a time on a committee: a second one would count them twice.
        const seated = await ctx.tx.member.findFirst({
          where: {
            committeeId: committee.id,
            committee: { prefectureId },
            personId: person.id,
            OR: [{ endsOn: null }, { endsOn: { gte: startsOn } }],
          },
          select: { college: true, startsOn: true },
        });
        if (seated) {
          const since = seated.startsOn ? ` depuis le ${formatDate(seated.startsOn)}` : "";
          const message = `${formatPersonName(person)} siège déjà dans ce comité (collège « ${COLLEGE_LABELS[seated.college]} »${since}) : mettez fin à ce siège avant d'en ouvrir un autre.`;
          throw new ActionError("INVALID", message, { personId: [message] });
        }
        personId = person.id;
        organizationId = person.organizationId;
      } else {
        const organization = await resolveOrganization(
          ctx.tx,
          prefectureId,
          input.organizationName,
          input.organizationKind ?? DEFAULT_KIND[input.college],
        );
        organizationId = organization?.id ?? null;
        if (organization?.created) createdOrganization = organization.name;
        if (input.holder === "NEW_PERSON") {
          await assertEmailFree(ctx.tx, prefectureId, input.email);
          const person = await ctx.tx.person.create({
            data: {
              prefectureId,
              civility: input.civility,
              firstName: input.firstName,
              lastName: input.lastName ?? "",
              function: input.function,
              organizationId,
              email: input.email,
              phone: input.phone,
            },
          });
          personId = person.id;
          createdPerson = true;
        }
      }

      // Like the import, a person's seat also records the organisation they sit for, so an
      // exported list imports back as identical seats.
      const member = await ctx.tx.member.create({
        data: {
          committeeId: committee.id,
          personId,
          organizationId,
          seatLabel: input.holder === "ORGANIZATION" ? input.seatLabel : null,
          college: input.college,
          mandate: input.mandate,
          startsOn,
        },
      });
      await ctx.audit({
        action: "committee.addMember",
        entityType: "Member",
        entityId: member.id,
        prefectureId,
        after: { ...input, memberId: member.id, personId, organizationId, createdPerson, createdOrganization },
      });
      return { id: member.id, personId };
    },
  }),
);

export const updatePerson = serverAction(
  defineAction({
    name: "person.update",
    verb: "committee.manage",
    input: updatePersonSchema,
    async resource(input, db) {
      // A person belongs to the prefecture (they may sit on several of its committees).
      const p = await db.person.findUnique({ where: { id: input.id }, select: { prefectureId: true } });
      return p && { kind: "prefecture", prefectureId: p.prefectureId };
    },
    async handler(ctx, input) {
      const before = await ctx.tx.person.findUniqueOrThrow({ where: { id: input.id } });
      const { prefectureId } = before;
      // Checked before anything is created, so a stale form creates no organisation either.
      if (before.version !== input.version) assertVersion(0);
      await assertEmailFree(ctx.tx, prefectureId, input.email, before.id);
      const organization = await resolveOrganization(ctx.tx, prefectureId, input.organizationName, input.organizationKind ?? "OTHER");
      const data = {
        civility: input.civility,
        firstName: input.firstName,
        lastName: input.lastName ?? before.lastName,
        function: input.function,
        organizationId: organization?.id ?? null,
        email: input.email,
        phone: input.phone,
      };
      const { count } = await ctx.tx.person.updateMany({
        where: { id: input.id, prefectureId, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      assertVersion(count);
      await ctx.audit({ action: "person.update", entityType: "Person", entityId: input.id, prefectureId, before, after: data });
      return { id: input.id, version: input.version + 1 };
    },
  }),
);

export const endMember = serverAction(
  defineAction({
    name: "committee.endMember",
    verb: "committee.manage",
    input: endMemberSchema,
    async resource(input, db) {
      const m = await db.member.findUnique({
        where: { id: input.memberId },
        select: { committeeId: true, committee: { select: { prefectureId: true } } },
      });
      return m && { kind: "committee", prefectureId: m.committee.prefectureId, committeeId: m.committeeId };
    },
    async handler(ctx, input) {
      const committee = await openCommittee(ctx.tx, ctx.resource);
      const before = await ctx.tx.member.findFirstOrThrow({ where: { id: input.memberId, committeeId: committee.id } });
      const endsOn = dateOf(input.endsOn);
      // The last day is part of the mandate (a seat ending today is still current, as the
      // policy and the lists count it): "already ended" means before today.
      if (before.endsOn && before.endsOn.toISOString().slice(0, 10) < new Date().toISOString().slice(0, 10)) {
        throw new ActionError("INVALID", `Ce mandat a déjà pris fin le ${formatDate(before.endsOn)}.`);
      }
      if (before.startsOn && endsOn < before.startsOn) {
        const message = `La fin du mandat ne peut pas précéder son début (${formatDate(before.startsOn)}).`;
        throw new ActionError("INVALID", message, { endsOn: [message] });
      }
      const { count } = await ctx.tx.member.updateMany({
        where: { id: input.memberId, committeeId: committee.id, version: input.version },
        data: { endsOn, version: { increment: 1 } },
      });
      assertVersion(count);
      await ctx.audit({
        action: "committee.endMember",
        entityType: "Member",
        entityId: input.memberId,
        prefectureId: committee.prefectureId,
        before,
        after: { endsOn: input.endsOn },
      });
      return { id: input.memberId, version: input.version + 1 };
    },
  }),
);

export const importMembers = serverAction(
  defineAction({
    name: "committee.importMembers",
    verb: "committee.manage",
    input: importMembersSchema,
    resource: (input, db) => committeeResource(db, input.committeeId),
    async handler(ctx, input) {
      const committee = await openCommittee(ctx.tx, ctx.resource);
      const { prefectureId } = committee;
      const parsed = parseMembersCsv(input.csv);
      if (!parsed.ok) {
        if (input.confirm) {
          // Only reachable when the text changed after a clean preview: refuse it whole.
          throw new ActionError(
            "INVALID",
            `Le fichier contient ${parsed.errors.length} erreur(s) : aucun membre n'a été importé.`,
            { csv: parsed.errors.map((e) => e.message) },
          );
        }
        // The preview is logged too (who tried to import what), without the file's content.
        await ctx.audit({
          action: "committee.importMembers.preview",
          entityType: "Committee",
          entityId: committee.id,
          prefectureId,
          after: { errors: parsed.errors.length },
        });
        return { status: "invalid" as const, errors: parsed.errors };
      }
      const target = { prefectureId, committeeId: committee.id, rows: parsed.rows };
      if (!input.confirm) {
        const report = await previewMembersImport(ctx.tx, target);
        await ctx.audit({
          action: "committee.importMembers.preview",
          entityType: "Committee",
          entityId: committee.id,
          prefectureId,
          after: { rows: parsed.rows.length, wouldCreate: report.created, wouldSkip: report.skipped.length },
        });
        return { status: "preview" as const, report, warnings: parsed.warnings };
      }
      // In the action's transaction: any failure rolls the whole file back.
      const report = await applyMembersImport(ctx.tx, target);
      await ctx.audit({
        action: "committee.importMembers",
        entityType: "Committee",
        entityId: committee.id,
        prefectureId,
        after: { rows: parsed.rows.length, created: report.created, skipped: report.skipped.map((s) => s.message) },
      });
      return { status: "imported" as const, report, warnings: parsed.warnings };
    },
  }),
);
