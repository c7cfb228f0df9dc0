/**
 * A meeting still being prepared (DRAFT) is the secretariat's work in progress: committee
 * members see a meeting once it is convened. Staff, referents and the national level see drafts.
 */
import { can, isNationalAdmin, type Actor, type Resource } from "@/lib/auth/policy";

export function canSeeMeeting(actor: Actor | null, resource: Resource, status: string): boolean {
  if (!actor || !can(actor, "meeting.read", resource)) return false;
  if (status !== "DRAFT") return true;
  return isNationalAdmin(actor) || can(actor, "minutes.draft", resource) || can(actor, "meeting.manage", resource);
}
