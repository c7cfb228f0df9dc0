-- AlterEnum
ALTER TYPE "ImprovementActionOrigin" ADD VALUE 'INDICATOR';

-- AlterTable
ALTER TABLE "improvement_actions" ADD COLUMN     "indicator_value_id" UUID;

-- AddForeignKey
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_indicator_value_id_fkey" FOREIGN KEY ("indicator_value_id") REFERENCES "indicator_values"("id") ON DELETE SET NULL ON UPDATE CASCADE;
