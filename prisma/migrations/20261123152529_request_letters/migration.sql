-- CreateEnum
CREATE TYPE "LetterKind" AS ENUM ('RECEIPT', 'CORRECTION', 'EXTENSION', 'FEE_NOTICE', 'ANSWER');

-- AlterTable
ALTER TABLE "DisclosureRequest" ADD COLUMN     "answerSubmittedById" INTEGER;

-- CreateTable
CREATE TABLE "RequestLetter" (
    "id" SERIAL NOT NULL,
    "requestId" INTEGER NOT NULL,
    "kind" "LetterKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "outcome" "RequestOutcome",
    "explanation" TEXT,
    "draftedById" INTEGER NOT NULL,
    "approvedById" INTEGER,
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestLetter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RequestLetter_requestId_kind_idx" ON "RequestLetter"("requestId", "kind");

-- AddForeignKey
ALTER TABLE "RequestLetter" ADD CONSTRAINT "RequestLetter_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DisclosureRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
