-- AlterTable
ALTER TABLE "SiteSettings" ADD COLUMN     "retainImportJobsDays" INTEGER NOT NULL DEFAULT 90,
ADD COLUMN     "retainLinkChecksDays" INTEGER NOT NULL DEFAULT 90,
ADD COLUMN     "retainLoginAttemptsDays" INTEGER NOT NULL DEFAULT 180,
ADD COLUMN     "retainNotificationsDays" INTEGER NOT NULL DEFAULT 365;
