-- CreateEnum
CREATE TYPE "QualityReminderKind" AS ENUM ('LABEL_EXPIRY', 'AUDIT_DEADLINE');

-- AlterTable
ALTER TABLE "framework_versions" ADD COLUMN     "valid_until" DATE;

-- CreateTable
CREATE TABLE "self_assessment_evidence" (
    "id" UUID NOT NULL,
    "self_assessment_id" UUID NOT NULL,
    "document_id" UUID,
    "indicator_definition_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "self_assessment_evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quality_reminders" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "kind" "QualityReminderKind" NOT NULL,
    "subject_id" UUID NOT NULL,
    "due_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "quality_reminders_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "self_assessment_evidence_self_assessment_id_idx" ON "self_assessment_evidence"("self_assessment_id");

-- CreateIndex
CREATE UNIQUE INDEX "quality_reminders_kind_subject_id_due_on_key" ON "quality_reminders"("kind", "subject_id", "due_on");

-- AddForeignKey
ALTER TABLE "self_assessment_evidence" ADD CONSTRAINT "self_assessment_evidence_self_assessment_id_fkey" FOREIGN KEY ("self_assessment_id") REFERENCES "self_assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "self_assessment_evidence" ADD CONSTRAINT "self_assessment_evidence_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "self_assessment_evidence" ADD CONSTRAINT "self_assessment_evidence_indicator_definition_id_fkey" FOREIGN KEY ("indicator_definition_id") REFERENCES "indicator_definitions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quality_reminders" ADD CONSTRAINT "quality_reminders_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;
