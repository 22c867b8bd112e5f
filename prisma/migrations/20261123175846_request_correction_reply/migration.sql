-- AlterTable
ALTER TABLE "RequestClockEvent" ADD COLUMN     "reply" TEXT;
