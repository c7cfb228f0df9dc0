-- AlterTable
ALTER TABLE "indicator_values" ADD COLUMN     "explanation" TEXT;

-- CreateTable
CREATE TABLE "prefecture_indicators" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "definition_id" UUID NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "prefecture_indicators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_assignments" (
    "id" UUID NOT NULL,
    "prefecture_indicator_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,

    CONSTRAINT "indicator_assignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_period_locks" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "periodicity" "Periodicity" NOT NULL,
    "period" INTEGER NOT NULL,
    "locked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_by_id" UUID,

    CONSTRAINT "indicator_period_locks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_annotations" (
    "id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "definition_id" UUID,
    "on" DATE NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "indicator_annotations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "prefecture_id" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "prefecture_indicators_prefecture_id_definition_id_key" ON "prefecture_indicators"("prefecture_id", "definition_id");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_assignments_prefecture_indicator_id_user_id_key" ON "indicator_assignments"("prefecture_indicator_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_period_locks_prefecture_id_year_periodicity_perio_key" ON "indicator_period_locks"("prefecture_id", "year", "periodicity", "period");

-- CreateIndex
CREATE INDEX "indicator_annotations_prefecture_id_on_idx" ON "indicator_annotations"("prefecture_id", "on");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "api_tokens_prefecture_id_idx" ON "api_tokens"("prefecture_id");

-- AddForeignKey
ALTER TABLE "prefecture_indicators" ADD CONSTRAINT "prefecture_indicators_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prefecture_indicators" ADD CONSTRAINT "prefecture_indicators_definition_id_fkey" FOREIGN KEY ("definition_id") REFERENCES "indicator_definitions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_assignments" ADD CONSTRAINT "indicator_assignments_prefecture_indicator_id_fkey" FOREIGN KEY ("prefecture_indicator_id") REFERENCES "prefecture_indicators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_assignments" ADD CONSTRAINT "indicator_assignments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_period_locks" ADD CONSTRAINT "indicator_period_locks_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_period_locks" ADD CONSTRAINT "indicator_period_locks_locked_by_id_fkey" FOREIGN KEY ("locked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_annotations" ADD CONSTRAINT "indicator_annotations_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_annotations" ADD CONSTRAINT "indicator_annotations_definition_id_fkey" FOREIGN KEY ("definition_id") REFERENCES "indicator_definitions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefectures"("id") ON DELETE CASCADE ON UPDATE CASCADE;
