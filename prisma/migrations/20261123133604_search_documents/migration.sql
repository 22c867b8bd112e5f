-- CreateTable
CREATE TABLE "SearchDocument" (
    "entryId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "genreId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "validity" "Validity" NOT NULL,
    "withdrawn" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "titleTokens" TEXT[],
    "tokens" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("entryId")
);

-- CreateIndex
CREATE INDEX "SearchDocument_tokens_idx" ON "SearchDocument" USING GIN ("tokens");

-- CreateIndex
CREATE INDEX "SearchDocument_publishedAt_idx" ON "SearchDocument"("publishedAt");

-- AddForeignKey
ALTER TABLE "SearchDocument" ADD CONSTRAINT "SearchDocument_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
