-- CreateTable
CREATE TABLE "RequestEntry" (
    "requestId" INTEGER NOT NULL,
    "entryId" INTEGER NOT NULL,
    "promoted" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestEntry_pkey" PRIMARY KEY ("requestId","entryId")
);

-- CreateIndex
CREATE INDEX "RequestEntry_entryId_idx" ON "RequestEntry"("entryId");

-- AddForeignKey
ALTER TABLE "RequestEntry" ADD CONSTRAINT "RequestEntry_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DisclosureRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestEntry" ADD CONSTRAINT "RequestEntry_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
