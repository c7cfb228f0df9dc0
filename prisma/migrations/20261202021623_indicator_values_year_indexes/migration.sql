-- CreateIndex
CREATE INDEX "indicator_values_prefecture_id_year_idx" ON "indicator_values"("prefecture_id", "year");

-- CreateIndex
CREATE INDEX "indicator_values_definition_id_year_idx" ON "indicator_values"("definition_id", "year");
