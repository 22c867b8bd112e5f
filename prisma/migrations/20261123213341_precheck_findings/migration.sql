-- CreateTable
CREATE TABLE "PrecheckFinding" (
    "id" SERIAL NOT NULL,
    "revisionId" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "match" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "suggestion" TEXT,
    "line" INTEGER NOT NULL DEFAULT 1,
    "before" TEXT NOT NULL DEFAULT '',
    "after" TEXT NOT NULL DEFAULT '',
    "acknowledgedById" INTEGER,
    "acknowledgedAt" TIMESTAMP(3),
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PrecheckFinding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PrecheckFinding_revisionId_contentHash_idx" ON "PrecheckFinding"("revisionId", "contentHash");

-- AddForeignKey
ALTER TABLE "PrecheckFinding" ADD CONSTRAINT "PrecheckFinding_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "EntryRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrecheckFinding" ADD CONSTRAINT "PrecheckFinding_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
