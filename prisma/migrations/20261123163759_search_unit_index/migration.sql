-- CreateIndex
CREATE INDEX "SearchDocument_unitId_year_idx" ON "SearchDocument"("unitId", "year");
