-- CreateIndex
CREATE INDEX "EntryRevision_documentNo_idx" ON "EntryRevision"("documentNo");
