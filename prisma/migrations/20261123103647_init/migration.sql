-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "SiteKind" AS ENUM ('PREFECTURE', 'SOUS_PREFECTURE', 'FRANCE_SERVICES', 'OTHER');

-- CreateEnum
CREATE TYPE "StructureKind" AS ENUM ('PREFECTURE', 'SOUS_PREFECTURE', 'DDI', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('NATIONAL_ADMIN', 'REFERENT', 'STAFF', 'MEMBER');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('STATE_SERVICE', 'ASSOCIATION', 'LOCAL_AUTHORITY', 'PROFESSIONAL_BODY', 'OTHER');

-- CreateEnum
CREATE TYPE "Civility" AS ENUM ('M', 'MME');

-- CreateEnum
CREATE TYPE "CommitteeKind" AS ENUM ('CLU', 'CLAC', 'CLU_CLAC');

-- CreateEnum
CREATE TYPE "College" AS ENUM ('STATE', 'USERS', 'ELECTED', 'PROFESSIONALS');

-- CreateEnum
CREATE TYPE "Mandate" AS ENUM ('TITULAIRE', 'SUPPLEANT');

-- CreateEnum
CREATE TYPE "MeetingMode" AS ENUM ('IN_PERSON', 'AUDIOCONFERENCE', 'VIDEOCONFERENCE', 'HYBRID');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('DRAFT', 'CONVENED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AgendaNumberingStyle" AS ENUM ('ROMAN_LETTERS', 'POINTS', 'DECIMAL');

-- CreateEnum
CREATE TYPE "ReplyResponse" AS ENUM ('IN_PERSON', 'REMOTE', 'EXCUSED', 'REPRESENTED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'REMOTE', 'EXCUSED', 'REPRESENTED', 'ABSENT');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('SLIDES', 'ANNEX', 'ATTACHMENT', 'CONVOCATION', 'MINUTES_EXPORT', 'OTHER');

-- CreateEnum
CREATE TYPE "MinutesKind" AS ENUM ('COMPTE_RENDU', 'RELEVE_DE_CONCLUSIONS');

-- CreateEnum
CREATE TYPE "MinutesStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'VALIDATED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "InterventionKind" AS ENUM ('QUESTION', 'SUGGESTION', 'COMPLAINT', 'OBSERVATION');

-- CreateEnum
CREATE TYPE "FrameworkKind" AS ENUM ('QUAL_E_PREF', 'SP_PLUS', 'LOCAL');

-- CreateEnum
CREATE TYPE "FrameworkVersionStatus" AS ENUM ('DRAFT', 'ACTIVE', 'RETIRED');

-- CreateEnum
CREATE TYPE "ModuleRequirement" AS ENUM ('MANDATORY', 'CONDITIONAL', 'OPTIONAL');

-- CreateEnum
CREATE TYPE "IndicatorUnit" AS ENUM ('PERCENT', 'DAYS', 'COUNT', 'RATIO');

-- CreateEnum
CREATE TYPE "Periodicity" AS ENUM ('MONTHLY', 'QUARTERLY', 'SEMIANNUAL', 'YEARLY');

-- CreateEnum
CREATE TYPE "FormulaKind" AS ENUM ('RATIO', 'COMPLEMENT_RATIO', 'WEIGHTED_MEAN', 'VALUE');

-- CreateEnum
CREATE TYPE "AggregationRule" AS ENUM ('POOLED_RATIO', 'WEIGHTED_MEAN', 'MEAN', 'SUM', 'LAST');

-- CreateEnum
CREATE TYPE "TargetDirection" AS ENUM ('AT_LEAST', 'AT_MOST');

-- CreateEnum
CREATE TYPE "ComponentRole" AS ENUM ('NUMERATOR', 'DENOMINATOR', 'BASE', 'SUBTRACTED', 'VALUE', 'WEIGHT');

-- CreateEnum
CREATE TYPE "ValueSource" AS ENUM ('MANUAL', 'IMPORT', 'REGISTER', 'SEED');

-- CreateEnum
CREATE TYPE "SurveyAudience" AS ENUM ('USERS', 'MEMBERS');

-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('SCALE', 'CHOICE', 'OPEN');

-- CreateEnum
CREATE TYPE "RequestChannel" AS ENUM ('MAIL', 'EMAIL', 'WEB_FORM', 'SUGGESTION_BOX', 'PHONE', 'COUNTER');

-- CreateEnum
CREATE TYPE "RequestType" AS ENUM ('INFORMATION', 'SUGGESTION', 'COMPLAINT');

-- CreateEnum
CREATE TYPE "ActionOrigin" AS ENUM ('INTERVENTION', 'REQUEST_RECORD', 'SURVEY', 'AUDIT_FINDING', 'SELF_ASSESSMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "LabelStatus" AS ENUM ('IN_PREPARATION', 'GRANTED', 'SUSPENDED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "AuditKind" AS ENUM ('SELF_ASSESSMENT', 'INTERNAL', 'EXTERNAL', 'FOLLOW_UP');

-- CreateTable
CREATE TABLE "prefectures" (
    "id" UUID NOT NULL,
    "code" VARCHAR(3) NOT NULL,
    "name" TEXT NOT NULL,
    "state_header" TEXT NOT NULL,
    "seat_city" TEXT NOT NULL,
    "is_public" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "prefectures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sites" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "kind" "SiteKind" NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "address" TEXT,

    CONSTRAINT "sites_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "structures" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "kind" "StructureKind" NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,

    CONSTRAINT "structures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "password_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabled_at" TIMESTAMPTZ(3),
    "last_sign_in_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "memberships" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "prefecture_id" UUID,
    "role" "Role" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_throttles" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "window_start" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMPTZ(3),

    CONSTRAINT "sign_in_throttles_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "organizations" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "kind" "OrganizationKind" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "persons" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "civility" "Civility",
    "first_name" TEXT,
    "last_name" TEXT NOT NULL,
    "function" TEXT,
    "organization_id" UUID,
    "email" TEXT,
    "phone" TEXT,
    "user_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "persons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committees" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "kind" "CommitteeKind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "archived_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "committees_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "members" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "person_id" UUID,
    "organization_id" UUID,
    "seat_label" TEXT,
    "college" "College" NOT NULL,
    "mandate" "Mandate" NOT NULL DEFAULT 'TITULAIRE',
    "starts_on" DATE,
    "ends_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meetings" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "title" TEXT,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "has_start_time" BOOLEAN NOT NULL DEFAULT true,
    "ends_at" TIMESTAMPTZ(3),
    "site_id" UUID,
    "room" TEXT,
    "place" TEXT,
    "mode" "MeetingMode" NOT NULL DEFAULT 'IN_PERSON',
    "chair_person_id" UUID,
    "chair_label" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'DRAFT',
    "numbering_style" "AgendaNumberingStyle" NOT NULL DEFAULT 'ROMAN_LETTERS',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "meetings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_status_changes" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "from" "MeetingStatus",
    "to" "MeetingStatus" NOT NULL,
    "user_id" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_status_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agenda_items" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "parent_id" UUID,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "theme" TEXT,
    "slide_reference" TEXT,
    "planned_minutes" INTEGER,
    "is_action_plan_review" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "agenda_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agenda_presenters" (
    "id" UUID NOT NULL,
    "agenda_item_id" UUID NOT NULL,
    "person_id" UUID,
    "label" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "agenda_presenters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "convocations" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_by_id" UUID,

    CONSTRAINT "convocations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "convocation_recipients" (
    "id" UUID NOT NULL,
    "convocation_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "token_used_at" TIMESTAMPTZ(3),
    "outbox_message_id" UUID,

    CONSTRAINT "convocation_recipients_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_messages" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    "error" TEXT,

    CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_replies" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "response" "ReplyResponse" NOT NULL,
    "representative_person_id" UUID,
    "representative_name" TEXT,
    "comment" TEXT,
    "responded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "meeting_replies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attendances" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "member_id" UUID,
    "person_id" UUID,
    "organization_id" UUID,
    "seat_label" TEXT,
    "college" "College",
    "status" "AttendanceStatus" NOT NULL,
    "represented_by_person_id" UUID,
    "represented_by_label" TEXT,
    "function_snapshot" TEXT,
    "organization_snapshot" TEXT,
    "remark" TEXT,
    "is_chair" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "attendances_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "documents" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "meeting_id" UUID,
    "agenda_item_id" UUID,
    "minutes_id" UUID,
    "survey_id" UUID,
    "kind" "DocumentKind" NOT NULL DEFAULT 'ATTACHMENT',
    "title" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storage_key" TEXT NOT NULL,
    "uploaded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "minutes" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "kind" "MinutesKind" NOT NULL DEFAULT 'COMPTE_RENDU',
    "status" "MinutesStatus" NOT NULL DEFAULT 'DRAFT',
    "issuing_service" TEXT,
    "contact_name" TEXT,
    "contact_role" TEXT,
    "contact_phone" TEXT,
    "contact_email" TEXT,
    "issued_place" TEXT,
    "issued_on" DATE,
    "reference" TEXT,
    "signatory_name" TEXT,
    "signatory_title" TEXT,
    "signatory_delegation" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "closing_text" TEXT,
    "next_session" TEXT,
    "review_deadline" TIMESTAMPTZ(3),
    "validated_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "minutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "minutes_status_changes" (
    "id" UUID NOT NULL,
    "minutes_id" UUID NOT NULL,
    "from" "MinutesStatus",
    "to" "MinutesStatus" NOT NULL,
    "user_id" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "minutes_status_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "minutes_sections" (
    "id" UUID NOT NULL,
    "minutes_id" UUID NOT NULL,
    "agenda_item_id" UUID,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "no_questions" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "minutes_sections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "interventions" (
    "id" UUID NOT NULL,
    "section_id" UUID NOT NULL,
    "kind" "InterventionKind" NOT NULL,
    "asker_person_id" UUID,
    "asker_label" TEXT,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "interventions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "answers" (
    "id" UUID NOT NULL,
    "intervention_id" UUID NOT NULL,
    "responder_person_id" UUID,
    "responder_label" TEXT,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "answers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "minutes_comments" (
    "id" UUID NOT NULL,
    "minutes_id" UUID NOT NULL,
    "section_id" UUID,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),

    CONSTRAINT "minutes_comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "frameworks" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "FrameworkKind" NOT NULL,
    "name" TEXT NOT NULL,
    "prefecture_id" UUID,

    CONSTRAINT "frameworks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "framework_versions" (
    "id" UUID NOT NULL,
    "framework_id" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "published_on" DATE NOT NULL,
    "updated_on" DATE,
    "status" "FrameworkVersionStatus" NOT NULL DEFAULT 'ACTIVE',

    CONSTRAINT "framework_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modules" (
    "id" UUID NOT NULL,
    "framework_version_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "requirement" "ModuleRequirement" NOT NULL,
    "condition" TEXT,

    CONSTRAINT "modules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "engagements" (
    "id" UUID NOT NULL,
    "framework_version_id" UUID NOT NULL,
    "module_id" UUID,
    "code" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "engagements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_definitions" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "prefecture_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_definitions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_definition_versions" (
    "id" UUID NOT NULL,
    "definition_id" UUID NOT NULL,
    "version_number" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT,
    "engagement_id" UUID,
    "unit" "IndicatorUnit" NOT NULL,
    "periodicity" "Periodicity" NOT NULL,
    "formula" "FormulaKind" NOT NULL,
    "aggregation" "AggregationRule" NOT NULL,
    "precision" INTEGER NOT NULL DEFAULT 1,
    "target_value" DECIMAL(14,4),
    "target_direction" "TargetDirection",
    "effective_from" DATE NOT NULL,
    "effective_to" DATE,

    CONSTRAINT "indicator_definition_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_components" (
    "id" UUID NOT NULL,
    "definition_version_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "role" "ComponentRole" NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "indicator_components_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_targets" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "definition_id" UUID NOT NULL,
    "definition_version_id" UUID,
    "year" INTEGER,
    "value" DECIMAL(14,4) NOT NULL,
    "direction" "TargetDirection" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "indicator_targets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_values" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "definition_id" UUID NOT NULL,
    "definition_version_id" UUID NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '',
    "periodicity" "Periodicity" NOT NULL,
    "year" INTEGER NOT NULL,
    "period" INTEGER NOT NULL,
    "is_direct" BOOLEAN NOT NULL DEFAULT false,
    "value" DECIMAL(14,4),
    "published_value" DECIMAL(14,4),
    "source" "ValueSource" NOT NULL DEFAULT 'MANUAL',
    "comment" TEXT,
    "entered_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "indicator_values_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_component_values" (
    "id" UUID NOT NULL,
    "value_id" UUID NOT NULL,
    "component_id" UUID NOT NULL,
    "amount" DECIMAL(18,4) NOT NULL,

    CONSTRAINT "indicator_component_values_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "surveys" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "meeting_id" UUID,
    "title" TEXT NOT NULL,
    "audience" "SurveyAudience" NOT NULL,
    "year" INTEGER NOT NULL,
    "method" TEXT,
    "recipients_count" INTEGER,
    "respondents_count" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "surveys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_questions" (
    "id" UUID NOT NULL,
    "survey_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "QuestionKind" NOT NULL,

    CONSTRAINT "survey_questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_options" (
    "id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "count" INTEGER,
    "percent" DECIMAL(7,4),

    CONSTRAINT "survey_options_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "request_records" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "reference" TEXT,
    "received_on" DATE NOT NULL,
    "channel" "RequestChannel" NOT NULL,
    "type" "RequestType" NOT NULL,
    "subject" TEXT NOT NULL,
    "service" TEXT,
    "acknowledged_on" DATE,
    "holding_reply_on" DATE,
    "announced_delay_days" INTEGER,
    "answered_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "request_records_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actions" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "origin" "ActionOrigin" NOT NULL,
    "meeting_id" UUID,
    "intervention_id" UUID,
    "request_record_id" UUID,
    "survey_id" UUID,
    "audit_id" UUID,
    "self_assessment_id" UUID,
    "owner_structure_id" UUID,
    "owner_person_id" UUID,
    "owner_label" TEXT,
    "due_on" DATE,
    "status" "ActionStatus" NOT NULL DEFAULT 'PLANNED',
    "result" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "actions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_engagements" (
    "action_id" UUID NOT NULL,
    "engagement_id" UUID NOT NULL,

    CONSTRAINT "action_engagements_pkey" PRIMARY KEY ("action_id","engagement_id")
);

-- CreateTable
CREATE TABLE "action_progress_notes" (
    "id" UUID NOT NULL,
    "action_id" UUID NOT NULL,
    "author_id" UUID,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "action_progress_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "labels" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "framework_version_id" UUID NOT NULL,
    "status" "LabelStatus" NOT NULL DEFAULT 'GRANTED',
    "obtained_on" DATE,
    "valid_until" DATE,
    "certifier" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "labels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "label_modules" (
    "label_id" UUID NOT NULL,
    "module_id" UUID NOT NULL,

    CONSTRAINT "label_modules_pkey" PRIMARY KEY ("label_id","module_id")
);

-- CreateTable
CREATE TABLE "audits" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "label_id" UUID,
    "kind" "AuditKind" NOT NULL,
    "due_by" DATE,
    "held_on" DATE,
    "auditor" TEXT,
    "findings" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "audits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "self_assessments" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "structure_id" UUID NOT NULL,
    "engagement_id" UUID NOT NULL,
    "campaign" INTEGER NOT NULL,
    "met" BOOLEAN,
    "score" DECIMAL(7,4),
    "comment" TEXT,
    "assessed_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "self_assessments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" UUID,
    "prefecture_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "prefectures_code_key" ON "prefectures"("code");

-- CreateIndex
CREATE UNIQUE INDEX "sites_prefecture_id_name_key" ON "sites"("prefecture_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "structures_prefecture_id_name_key" ON "structures"("prefecture_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "memberships_prefecture_id_idx" ON "memberships"("prefecture_id");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_user_id_prefecture_id_role_key" ON "memberships"("user_id", "prefecture_id", "role");

-- CreateIndex
CREATE UNIQUE INDEX "organizations_prefecture_id_name_key" ON "organizations"("prefecture_id", "name");

-- CreateIndex
CREATE INDEX "persons_prefecture_id_last_name_idx" ON "persons"("prefecture_id", "last_name");

-- CreateIndex
CREATE UNIQUE INDEX "committees_prefecture_id_name_key" ON "committees"("prefecture_id", "name");

-- CreateIndex
CREATE INDEX "members_committee_id_college_idx" ON "members"("committee_id", "college");

-- CreateIndex
CREATE INDEX "members_person_id_idx" ON "members"("person_id");

-- CreateIndex
CREATE INDEX "meetings_prefecture_id_starts_at_idx" ON "meetings"("prefecture_id", "starts_at");

-- CreateIndex
CREATE INDEX "meetings_committee_id_starts_at_idx" ON "meetings"("committee_id", "starts_at");

-- CreateIndex
CREATE INDEX "meeting_status_changes_meeting_id_at_idx" ON "meeting_status_changes"("meeting_id", "at");

-- CreateIndex
CREATE INDEX "agenda_items_meeting_id_parent_id_position_idx" ON "agenda_items"("meeting_id", "parent_id", "position");

-- CreateIndex
CREATE INDEX "convocations_meeting_id_idx" ON "convocations"("meeting_id");

-- CreateIndex
CREATE UNIQUE INDEX "convocation_recipients_token_hash_key" ON "convocation_recipients"("token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "convocation_recipients_outbox_message_id_key" ON "convocation_recipients"("outbox_message_id");

-- CreateIndex
CREATE UNIQUE INDEX "convocation_recipients_convocation_id_person_id_key" ON "convocation_recipients"("convocation_id", "person_id");

-- CreateIndex
CREATE INDEX "outbox_messages_prefecture_id_created_at_idx" ON "outbox_messages"("prefecture_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_replies_meeting_id_person_id_key" ON "meeting_replies"("meeting_id", "person_id");

-- CreateIndex
CREATE INDEX "attendances_meeting_id_status_idx" ON "attendances"("meeting_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "documents_storage_key_key" ON "documents"("storage_key");

-- CreateIndex
CREATE INDEX "documents_prefecture_id_idx" ON "documents"("prefecture_id");

-- CreateIndex
CREATE INDEX "documents_meeting_id_idx" ON "documents"("meeting_id");

-- CreateIndex
CREATE UNIQUE INDEX "minutes_meeting_id_revision_key" ON "minutes"("meeting_id", "revision");

-- CreateIndex
CREATE INDEX "minutes_status_changes_minutes_id_at_idx" ON "minutes_status_changes"("minutes_id", "at");

-- CreateIndex
CREATE INDEX "minutes_sections_minutes_id_position_idx" ON "minutes_sections"("minutes_id", "position");

-- CreateIndex
CREATE INDEX "minutes_comments_minutes_id_idx" ON "minutes_comments"("minutes_id");

-- CreateIndex
CREATE UNIQUE INDEX "frameworks_code_key" ON "frameworks"("code");

-- CreateIndex
CREATE UNIQUE INDEX "framework_versions_framework_id_label_key" ON "framework_versions"("framework_id", "label");

-- CreateIndex
CREATE UNIQUE INDEX "modules_framework_version_id_number_key" ON "modules"("framework_version_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "engagements_framework_version_id_code_key" ON "engagements"("framework_version_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_definitions_code_key" ON "indicator_definitions"("code");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_definition_versions_definition_id_version_number_key" ON "indicator_definition_versions"("definition_id", "version_number");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_components_definition_version_id_code_key" ON "indicator_components"("definition_version_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_targets_prefecture_id_definition_id_year_key" ON "indicator_targets"("prefecture_id", "definition_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_values_prefecture_id_definition_id_scope_periodic_key" ON "indicator_values"("prefecture_id", "definition_id", "scope", "periodicity", "year", "period");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_component_values_value_id_component_id_key" ON "indicator_component_values"("value_id", "component_id");

-- CreateIndex
CREATE UNIQUE INDEX "surveys_prefecture_id_title_year_key" ON "surveys"("prefecture_id", "title", "year");

-- CreateIndex
CREATE UNIQUE INDEX "survey_questions_survey_id_position_key" ON "survey_questions"("survey_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "survey_options_question_id_position_key" ON "survey_options"("question_id", "position");

-- CreateIndex
CREATE INDEX "request_records_prefecture_id_received_on_idx" ON "request_records"("prefecture_id", "received_on");

-- CreateIndex
CREATE INDEX "actions_prefecture_id_status_idx" ON "actions"("prefecture_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "self_assessments_structure_id_engagement_id_campaign_key" ON "self_assessments"("structure_id", "engagement_id", "campaign");

-- CreateIndex
CREATE INDEX "audit_logs_prefecture_id_at_idx" ON "audit_logs"("prefecture_id", "at");

-- CreateIndex
CREATE INDEX "audit_logs_entity_type_entity_id_idx" ON "audit_logs"("entity_type", "entity_id");

-- AddForeignKey
ALTER TABLE "sites" ADD CONSTRAINT "sites_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "structures" ADD CONSTRAINT "structures_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "persons" ADD CONSTRAINT "persons_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "persons" ADD CONSTRAINT "persons_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "persons" ADD CONSTRAINT "persons_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committees" ADD CONSTRAINT "committees_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "members" ADD CONSTRAINT "members_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "members" ADD CONSTRAINT "members_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "members" ADD CONSTRAINT "members_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_site_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_chair_person_id_fkey" FOREIGN KEY ("chair_person_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_status_changes" ADD CONSTRAINT "meeting_status_changes_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_status_changes" ADD CONSTRAINT "meeting_status_changes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_presenters" ADD CONSTRAINT "agenda_presenters_agenda_item_id_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_presenters" ADD CONSTRAINT "agenda_presenters_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "convocations" ADD CONSTRAINT "convocations_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "convocations" ADD CONSTRAINT "convocations_sent_by_id_fkey" FOREIGN KEY ("sent_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "convocation_recipients" ADD CONSTRAINT "convocation_recipients_convocation_id_fkey" FOREIGN KEY ("convocation_id") REFERENCES "convocations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "convocation_recipients" ADD CONSTRAINT "convocation_recipients_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "convocation_recipients" ADD CONSTRAINT "convocation_recipients_outbox_message_id_fkey" FOREIGN KEY ("outbox_message_id") REFERENCES "outbox_messages"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_replies" ADD CONSTRAINT "meeting_replies_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_replies" ADD CONSTRAINT "meeting_replies_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_replies" ADD CONSTRAINT "meeting_replies_representative_person_id_fkey" FOREIGN KEY ("representative_person_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_represented_by_person_id_fkey" FOREIGN KEY ("represented_by_person_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_agenda_item_id_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_minutes_id_fkey" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes" ADD CONSTRAINT "minutes_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_status_changes" ADD CONSTRAINT "minutes_status_changes_minutes_id_fkey" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_status_changes" ADD CONSTRAINT "minutes_status_changes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_sections" ADD CONSTRAINT "minutes_sections_minutes_id_fkey" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_sections" ADD CONSTRAINT "minutes_sections_agenda_item_id_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "minutes_sections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_asker_person_id_fkey" FOREIGN KEY ("asker_person_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answers" ADD CONSTRAINT "answers_intervention_id_fkey" FOREIGN KEY ("intervention_id") REFERENCES "interventions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answers" ADD CONSTRAINT "answers_responder_person_id_fkey" FOREIGN KEY ("responder_person_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_comments" ADD CONSTRAINT "minutes_comments_minutes_id_fkey" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_comments" ADD CONSTRAINT "minutes_comments_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "minutes_sections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_comments" ADD CONSTRAINT "minutes_comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "framework_versions" ADD CONSTRAINT "framework_versions_framework_id_fkey" FOREIGN KEY ("framework_id") REFERENCES "frameworks"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modules" ADD CONSTRAINT "modules_framework_version_id_fkey" FOREIGN KEY ("framework_version_id") REFERENCES "framework_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_framework_version_id_fkey" FOREIGN KEY ("framework_version_id") REFERENCES "framework_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "modules"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_definitions" ADD CONSTRAINT "indicator_definitions_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_definition_versions" ADD CONSTRAINT "indicator_definition_versions_definition_id_fkey" FOREIGN KEY ("definition_id") REFERENCES "indicator_definitions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_definition_versions" ADD CONSTRAINT "indicator_definition_versions_engagement_id_fkey" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_components" ADD CONSTRAINT "indicator_components_definition_version_id_fkey" FOREIGN KEY ("definition_version_id") REFERENCES "indicator_definition_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_definition_id_fkey" FOREIGN KEY ("definition_id") REFERENCES "indicator_definitions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_definition_version_id_fkey" FOREIGN KEY ("definition_version_id") REFERENCES "indicator_definition_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_definition_id_fkey" FOREIGN KEY ("definition_id") REFERENCES "indicator_definitions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_definition_version_id_fkey" FOREIGN KEY ("definition_version_id") REFERENCES "indicator_definition_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_entered_by_id_fkey" FOREIGN KEY ("entered_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_component_values" ADD CONSTRAINT "indicator_component_values_value_id_fkey" FOREIGN KEY ("value_id") REFERENCES "indicator_values"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_component_values" ADD CONSTRAINT "indicator_component_values_component_id_fkey" FOREIGN KEY ("component_id") REFERENCES "indicator_components"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_questions" ADD CONSTRAINT "survey_questions_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_options" ADD CONSTRAINT "survey_options_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "survey_questions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_records" ADD CONSTRAINT "request_records_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actions" ADD CONSTRAINT "actions_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actions" ADD CONSTRAINT "actions_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actions" ADD CONSTRAINT "actions_intervention_id_fkey" FOREIGN KEY ("intervention_id") REFERENCES "interventions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actions" ADD CONSTRAINT "actions_request_record_id_fkey" FOREIGN KEY ("request_record_id") REFERENCES "request_records"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actions" ADD CONSTRAINT "actions_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actions" ADD CONSTRAINT "actions_audit_id_fkey" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actions" ADD CONSTRAINT "actions_self_assessment_id_fkey" FOREIGN KEY ("self_assessment_id") REFERENCES "self_assessments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actions" ADD CONSTRAINT "actions_owner_structure_id_fkey" FOREIGN KEY ("owner_structure_id") REFERENCES "structures"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actions" ADD CONSTRAINT "actions_owner_person_id_fkey" FOREIGN KEY ("owner_person_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_engagements" ADD CONSTRAINT "action_engagements_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_engagements" ADD CONSTRAINT "action_engagements_engagement_id_fkey" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_progress_notes" ADD CONSTRAINT "action_progress_notes_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_progress_notes" ADD CONSTRAINT "action_progress_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labels" ADD CONSTRAINT "labels_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labels" ADD CONSTRAINT "labels_framework_version_id_fkey" FOREIGN KEY ("framework_version_id") REFERENCES "framework_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "label_modules" ADD CONSTRAINT "label_modules_label_id_fkey" FOREIGN KEY ("label_id") REFERENCES "labels"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "label_modules" ADD CONSTRAINT "label_modules_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "modules"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audits" ADD CONSTRAINT "audits_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audits" ADD CONSTRAINT "audits_label_id_fkey" FOREIGN KEY ("label_id") REFERENCES "labels"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_engagement_id_fkey" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CheckConstraints (prisma/checks.ts)
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_prefecture_by_role" CHECK (("role" = 'NATIONAL_ADMIN') = ("prefecture_id" IS NULL));
ALTER TABLE "members" ADD CONSTRAINT "members_holder_present" CHECK ("person_id" IS NOT NULL OR "organization_id" IS NOT NULL OR "seat_label" IS NOT NULL);
ALTER TABLE "members" ADD CONSTRAINT "members_period_ordered" CHECK ("ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on");
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_holder_present" CHECK ("person_id" IS NOT NULL OR "organization_id" IS NOT NULL OR "seat_label" IS NOT NULL);
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_ends_after_start" CHECK ("ends_at" IS NULL OR "ends_at" >= "starts_at");
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_period_in_range" CHECK (("periodicity" = 'MONTHLY' AND "period" BETWEEN 1 AND 12) OR ("periodicity" = 'QUARTERLY' AND "period" BETWEEN 1 AND 4) OR ("periodicity" = 'SEMIANNUAL' AND "period" BETWEEN 1 AND 2) OR ("periodicity" = 'YEARLY' AND "period" = 1));
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_planned_minutes_non_negative" CHECK ("planned_minutes" >= 0);
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_position_non_negative" CHECK ("position" >= 0);
ALTER TABLE "documents" ADD CONSTRAINT "documents_size_bytes_non_negative" CHECK ("size_bytes" >= 0);
ALTER TABLE "sign_in_throttles" ADD CONSTRAINT "sign_in_throttles_failures_non_negative" CHECK ("failures" >= 0);
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_respondents_count_non_negative" CHECK ("respondents_count" >= 0);
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_recipients_count_non_negative" CHECK ("recipients_count" >= 0);
ALTER TABLE "survey_options" ADD CONSTRAINT "survey_options_count_non_negative" CHECK ("count" >= 0);
ALTER TABLE "indicator_component_values" ADD CONSTRAINT "indicator_component_values_amount_non_negative" CHECK ("amount" >= 0);
ALTER TABLE "request_records" ADD CONSTRAINT "request_records_announced_delay_days_non_negative" CHECK ("announced_delay_days" >= 0);
ALTER TABLE "minutes" ADD CONSTRAINT "minutes_revision_non_negative" CHECK ("revision" >= 0);
