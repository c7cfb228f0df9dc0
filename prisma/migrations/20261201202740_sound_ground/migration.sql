-- Hand-edited from the generated diff: the action-plan tables are renamed (Action →
-- ImprovementAction) rather than dropped and re-created, so existing rows survive. The
-- resulting schema is the one schema.prisma describes (tests/integration/migrations.test.ts).

-- Rename the action-plan enums, tables, keys and indexes
ALTER TYPE "ActionOrigin" RENAME TO "ImprovementActionOrigin";
ALTER TYPE "ActionStatus" RENAME TO "ImprovementActionStatus";

ALTER TABLE "actions" RENAME TO "improvement_actions";
ALTER TABLE "improvement_actions" RENAME CONSTRAINT "actions_pkey" TO "improvement_actions_pkey";
ALTER TABLE "improvement_actions" RENAME CONSTRAINT "actions_prefecture_id_fkey" TO "improvement_actions_prefecture_id_fkey";
ALTER TABLE "improvement_actions" RENAME CONSTRAINT "actions_meeting_id_fkey" TO "improvement_actions_meeting_id_fkey";
ALTER TABLE "improvement_actions" RENAME CONSTRAINT "actions_intervention_id_fkey" TO "improvement_actions_intervention_id_fkey";
ALTER TABLE "improvement_actions" RENAME CONSTRAINT "actions_request_record_id_fkey" TO "improvement_actions_request_record_id_fkey";
ALTER TABLE "improvement_actions" RENAME CONSTRAINT "actions_survey_id_fkey" TO "improvement_actions_survey_id_fkey";
ALTER TABLE "improvement_actions" RENAME CONSTRAINT "actions_audit_id_fkey" TO "improvement_actions_audit_id_fkey";
ALTER TABLE "improvement_actions" RENAME CONSTRAINT "actions_self_assessment_id_fkey" TO "improvement_actions_self_assessment_id_fkey";
ALTER TABLE "improvement_actions" RENAME CONSTRAINT "actions_owner_structure_id_fkey" TO "improvement_actions_owner_structure_id_fkey";
ALTER TABLE "improvement_actions" RENAME CONSTRAINT "actions_owner_person_id_fkey" TO "improvement_actions_owner_person_id_fkey";
ALTER INDEX "actions_prefecture_id_status_idx" RENAME TO "improvement_actions_prefecture_id_status_idx";

ALTER TABLE "action_engagements" RENAME TO "improvement_action_engagements";
ALTER TABLE "improvement_action_engagements" RENAME CONSTRAINT "action_engagements_pkey" TO "improvement_action_engagements_pkey";
ALTER TABLE "improvement_action_engagements" RENAME CONSTRAINT "action_engagements_action_id_fkey" TO "improvement_action_engagements_action_id_fkey";
ALTER TABLE "improvement_action_engagements" RENAME CONSTRAINT "action_engagements_engagement_id_fkey" TO "improvement_action_engagements_engagement_id_fkey";

ALTER TABLE "action_progress_notes" RENAME TO "improvement_action_progress_notes";
ALTER TABLE "improvement_action_progress_notes" RENAME CONSTRAINT "action_progress_notes_pkey" TO "improvement_action_progress_notes_pkey";
ALTER TABLE "improvement_action_progress_notes" RENAME CONSTRAINT "action_progress_notes_action_id_fkey" TO "improvement_action_progress_notes_action_id_fkey";
ALTER TABLE "improvement_action_progress_notes" RENAME CONSTRAINT "action_progress_notes_author_id_fkey" TO "improvement_action_progress_notes_author_id_fkey";

-- AlterTable
ALTER TABLE "meetings" ADD COLUMN     "closed_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "user_sessions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committee_periods" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "kind" "CommitteeKind" NOT NULL,
    "name" TEXT NOT NULL,
    "starts_on" DATE,
    "ends_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "committee_periods_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "user_sessions_user_id_idx" ON "user_sessions"("user_id");

-- CreateIndex
CREATE INDEX "committee_periods_committee_id_starts_on_idx" ON "committee_periods"("committee_id", "starts_on");

-- A person's e-mail is unique per prefecture, compared lower-cased (as the application stores it)
UPDATE "persons" SET "email" = lower(btrim("email")) WHERE "email" IS NOT NULL AND "email" <> lower(btrim("email"));

-- CreateIndex
CREATE UNIQUE INDEX "persons_prefecture_id_email_key" ON "persons"("prefecture_id", "email");

-- AddForeignKey
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_periods" ADD CONSTRAINT "committee_periods_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE;
