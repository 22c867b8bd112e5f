-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "filesPurgedAt" TIMESTAMP(3);
