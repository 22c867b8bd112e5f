-- AlterTable
ALTER TABLE "AnnualReport" ADD COLUMN     "entryId" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReport_entryId_key" ON "AnnualReport"("entryId");

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
