-- AlterTable
ALTER TABLE "DisclosureRequest" ADD COLUMN     "feeMethod" TEXT,
ADD COLUMN     "feePaidOn" DATE,
ADD COLUMN     "feeWaiverReason" TEXT,
ADD COLUMN     "feeYuan" INTEGER;
