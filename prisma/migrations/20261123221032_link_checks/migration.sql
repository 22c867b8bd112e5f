-- CreateEnum
CREATE TYPE "LinkCheckStatus" AS ENUM ('OK', 'BROKEN', 'EMPTY', 'UNCHECKED');

-- CreateTable
CREATE TABLE "LinkCheck" (
    "id" SERIAL NOT NULL,
    "entryId" INTEGER NOT NULL,
    "revisionId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" "LinkCheckStatus" NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "checkedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LinkCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LinkCheckRun" (
    "id" SERIAL NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "external" BOOLEAN NOT NULL DEFAULT false,
    "entriesChecked" INTEGER NOT NULL DEFAULT 0,
    "linksChecked" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LinkCheckRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LinkCheck_entryId_idx" ON "LinkCheck"("entryId");

-- CreateIndex
CREATE INDEX "LinkCheck_unitId_status_idx" ON "LinkCheck"("unitId", "status");

-- CreateIndex
CREATE INDEX "LinkCheckRun_finishedAt_idx" ON "LinkCheckRun"("finishedAt");

-- AddForeignKey
ALTER TABLE "LinkCheck" ADD CONSTRAINT "LinkCheck_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
