/** Register entries (domain.md §7) from the seed shape: demo data, integration and e2e fixtures. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { utcDate } from "@/lib/register/domain";
import type { SeedRegisterEntry } from "@/prisma/seed/data/register";

const day = (iso: string | null) => (iso ? utcDate(iso) : null);

export async function createRegisterEntryRow(tx: Tx | PrismaClient, prefectureId: string, e: Omit<SeedRegisterEntry, "prefectureCode">) {
  return tx.requestRecord.create({
    data: {
      prefectureId,
      reference: e.reference,
      receivedOn: utcDate(e.receivedOn),
      channel: e.channel,
      type: e.type,
      subject: e.subject,
      service: e.service,
      acknowledgedOn: day(e.acknowledgedOn),
      holdingReplyOn: day(e.holdingReplyOn),
      announcedDelayDays: e.announcedDelayDays,
      answeredOn: day(e.answeredOn),
    },
  });
}
