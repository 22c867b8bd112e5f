-- AlterTable
ALTER TABLE "Category" ADD COLUMN     "updateIntervalDays" INTEGER;

-- CreateIndex
CREATE INDEX "SearchDocument_unitId_topicId_publishedAt_idx" ON "SearchDocument"("unitId", "topicId", "publishedAt");

-- Databases seeded before this migration: the default intervals of prisma/seed/categories.ts.
UPDATE "Category" SET "updateIntervalDays" = 7 WHERE "kind" = 'TOPIC' AND "unitId" IS NULL AND "name" = '工作动态';
UPDATE "Category" SET "updateIntervalDays" = 365 WHERE "kind" = 'TOPIC' AND "unitId" IS NULL AND "name" IN ('预算', '决算', '政府信息公开年报');
