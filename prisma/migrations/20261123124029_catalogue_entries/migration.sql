-- CreateEnum
CREATE TYPE "CategoryKind" AS ENUM ('TOPIC', 'GENRE');

-- CreateEnum
CREATE TYPE "RevisionState" AS ENUM ('DRAFT', 'SUBMITTED', 'CLEARED', 'APPROVED', 'PUBLISHED', 'WITHHELD', 'SUPERSEDED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Validity" AS ENUM ('VALID', 'AMENDED', 'REPEALED');

-- CreateEnum
CREATE TYPE "DisclosureAttribute" AS ENUM ('PROACTIVE', 'ON_REQUEST', 'NOT_PUBLIC');

-- CreateEnum
CREATE TYPE "ReviewStep" AS ENUM ('CLEARANCE', 'APPROVAL');

-- CreateTable
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "kind" "CategoryKind" NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" INTEGER,
    "unitId" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Entry" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "indexNo" TEXT,
    "firstPublishedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "withdrawalReason" TEXT,
    "withdrawalNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntryRevision" (
    "id" SERIAL NOT NULL,
    "entryId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "state" "RevisionState" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "documentNo" TEXT,
    "generatedOn" DATE NOT NULL,
    "writtenOn" DATE,
    "topicId" INTEGER NOT NULL,
    "genreId" INTEGER NOT NULL,
    "keywords" TEXT[],
    "validity" "Validity" NOT NULL DEFAULT 'VALID',
    "attribute" "DisclosureAttribute" NOT NULL DEFAULT 'PROACTIVE',
    "methods" TEXT[],
    "scope" TEXT NOT NULL DEFAULT '面向社会',
    "article20Item" TEXT,
    "bodyHtml" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "drafterId" INTEGER NOT NULL,
    "lastEditorId" INTEGER NOT NULL,
    "returnReason" TEXT,
    "returnNote" TEXT,
    "submittedAt" TIMESTAMP(3),
    "scheduledAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EntryRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewRecord" (
    "id" SERIAL NOT NULL,
    "revisionId" INTEGER NOT NULL,
    "step" "ReviewStep" NOT NULL,
    "decision" TEXT NOT NULL,
    "actorId" INTEGER NOT NULL,
    "actorName" TEXT NOT NULL,
    "conclusion" TEXT,
    "legalGround" TEXT,
    "attribute" "DisclosureAttribute",
    "reason" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndexSequence" (
    "unitId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndexSequence_pkey" PRIMARY KEY ("unitId","year")
);

-- CreateIndex
CREATE INDEX "Category_kind_parentId_sortOrder_idx" ON "Category"("kind", "parentId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Entry_indexNo_key" ON "Entry"("indexNo");

-- CreateIndex
CREATE INDEX "Entry_unitId_createdAt_idx" ON "Entry"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "EntryRevision_state_updatedAt_idx" ON "EntryRevision"("state", "updatedAt");

-- CreateIndex
CREATE INDEX "EntryRevision_drafterId_state_idx" ON "EntryRevision"("drafterId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "EntryRevision_entryId_number_key" ON "EntryRevision"("entryId", "number");

-- CreateIndex
CREATE INDEX "ReviewRecord_revisionId_step_createdAt_idx" ON "ReviewRecord"("revisionId", "step", "createdAt");

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryRevision" ADD CONSTRAINT "EntryRevision_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryRevision" ADD CONSTRAINT "EntryRevision_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryRevision" ADD CONSTRAINT "EntryRevision_genreId_fkey" FOREIGN KEY ("genreId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRecord" ADD CONSTRAINT "ReviewRecord_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "EntryRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Review records are evidence of who approved exactly what: append-only, like the audit trail.
CREATE FUNCTION "refuse_change_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
END;
$$;

CREATE TRIGGER "ReviewRecord_append_only"
  BEFORE UPDATE OR DELETE ON "ReviewRecord"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_append_only"();

CREATE TRIGGER "ReviewRecord_no_truncate"
  BEFORE TRUNCATE ON "ReviewRecord"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_append_only"();
