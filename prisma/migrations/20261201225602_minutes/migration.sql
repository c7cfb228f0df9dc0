-- AlterTable
ALTER TABLE "outbox_messages" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "claimed_at" TIMESTAMPTZ(3),
ADD COLUMN     "send_after" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "minutes" ADD COLUMN     "chair_text" TEXT,
ADD COLUMN     "correction_note" TEXT,
ADD COLUMN     "cover_letter" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "cover_letter_text" TEXT,
ADD COLUMN     "frozen_document" JSONB,
ADD COLUMN     "review_sent_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "minutes_status_changes" ADD COLUMN     "reason" TEXT;

-- AlterTable
ALTER TABLE "minutes_sections" ADD COLUMN     "conclusions" JSONB NOT NULL DEFAULT '{"type": "doc", "content": []}',
ADD COLUMN     "plain_text" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "presentation" TEXT,
ADD COLUMN     "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updated_by_id" UUID;

-- Edited by hand: the narrative becomes the editor document and existing text is kept as one
-- paragraph (the generated diff dropped the column and its data).
ALTER TABLE "minutes_sections" ALTER COLUMN "body" DROP DEFAULT,
ALTER COLUMN "body" TYPE JSONB USING (
  CASE WHEN "body" = '' THEN '{"type": "doc", "content": []}'::jsonb
  ELSE jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object(
    'type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', "body")))))
  END),
ALTER COLUMN "body" SET DEFAULT '{"type": "doc", "content": []}';

-- AlterTable
ALTER TABLE "interventions" ADD COLUMN     "asker_organization_id" UUID;

-- AlterTable
ALTER TABLE "minutes_comments" ADD COLUMN     "resolution" TEXT,
ADD COLUMN     "resolved_by_id" UUID;

-- CreateTable
CREATE TABLE "minutes_section_versions" (
    "id" UUID NOT NULL,
    "section_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "presentation" TEXT,
    "body" JSONB NOT NULL,
    "conclusions" JSONB NOT NULL,
    "no_questions" BOOLEAN NOT NULL,
    "interventions" JSONB NOT NULL,
    "author_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "saved_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "minutes_section_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "minutes_review_recipients" (
    "id" UUID NOT NULL,
    "minutes_id" UUID NOT NULL,
    "person_id" UUID,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "opened_at" TIMESTAMPTZ(3),
    "invitation_message_id" UUID,
    "reminder_message_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "minutes_review_recipients_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "minutes_section_versions_section_id_number_key" ON "minutes_section_versions"("section_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "minutes_review_recipients_invitation_message_id_key" ON "minutes_review_recipients"("invitation_message_id");

-- CreateIndex
CREATE UNIQUE INDEX "minutes_review_recipients_reminder_message_id_key" ON "minutes_review_recipients"("reminder_message_id");

-- CreateIndex
CREATE UNIQUE INDEX "minutes_review_recipients_minutes_id_email_key" ON "minutes_review_recipients"("minutes_id", "email");

-- AddForeignKey
ALTER TABLE "minutes_sections" ADD CONSTRAINT "minutes_sections_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_asker_organization_id_fkey" FOREIGN KEY ("asker_organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_comments" ADD CONSTRAINT "minutes_comments_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_section_versions" ADD CONSTRAINT "minutes_section_versions_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "minutes_sections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_section_versions" ADD CONSTRAINT "minutes_section_versions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_review_recipients" ADD CONSTRAINT "minutes_review_recipients_minutes_id_fkey" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_review_recipients" ADD CONSTRAINT "minutes_review_recipients_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_review_recipients" ADD CONSTRAINT "minutes_review_recipients_invitation_message_id_fkey" FOREIGN KEY ("invitation_message_id") REFERENCES "outbox_messages"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_review_recipients" ADD CONSTRAINT "minutes_review_recipients_reminder_message_id_fkey" FOREIGN KEY ("reminder_message_id") REFERENCES "outbox_messages"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Full-text search (prisma/search-sql.ts, verbatim)
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION public.fr_unaccent (COPY = pg_catalog.french);

ALTER TEXT SEARCH CONFIGURATION public.fr_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

CREATE INDEX IF NOT EXISTS "minutes_sections_search_idx" ON "minutes_sections"
  USING gin ((to_tsvector('public.fr_unaccent'::regconfig, coalesce("title", '') || ' ' || coalesce("plain_text", ''))));
