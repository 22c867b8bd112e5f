-- CreateEnum
CREATE TYPE "WatchWordKind" AS ENUM ('SENSITIVE', 'WRONG');

-- CreateTable
CREATE TABLE "WatchWord" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER,
    "kind" "WatchWordKind" NOT NULL,
    "word" TEXT NOT NULL,
    "correct" TEXT,
    "note" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WatchWord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WatchWord_unitId_kind_idx" ON "WatchWord"("unitId", "kind");

-- AddForeignKey
ALTER TABLE "WatchWord" ADD CONSTRAINT "WatchWord_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
