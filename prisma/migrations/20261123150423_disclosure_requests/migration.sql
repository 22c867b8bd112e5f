-- CreateEnum
CREATE TYPE "ApplicantType" AS ENUM ('NATURAL_PERSON', 'COMMERCIAL_ENTERPRISE', 'RESEARCH_INSTITUTION', 'SOCIAL_WELFARE_ORG', 'LEGAL_SERVICE_ORG', 'OTHER_ORG');

-- CreateEnum
CREATE TYPE "RequestChannel" AS ENUM ('ONLINE', 'IN_PERSON', 'SERVICE_WINDOW', 'POST_SIGNED', 'POST_UNSIGNED', 'FAX', 'EMAIL');

-- CreateEnum
CREATE TYPE "RequestState" AS ENUM ('SUBMITTED', 'RECEIVED', 'NEEDS_CORRECTION', 'IN_PROGRESS', 'CONSULTING', 'FEE_NOTICE_SENT', 'AWAITING_APPROVAL', 'ANSWERED', 'CLOSED');

-- CreateEnum
CREATE TYPE "RequestOutcome" AS ENUM ('GRANTED', 'PARTIAL', 'DENIED_STATE_SECRET', 'DENIED_LAW_PROHIBITED', 'DENIED_SECURITY_STABILITY', 'DENIED_THIRD_PARTY', 'DENIED_INTERNAL_AFFAIRS', 'DENIED_PROCESS_INFO', 'DENIED_ENFORCEMENT_FILE', 'DENIED_ADMIN_QUERY', 'UNAVAILABLE_NOT_HELD', 'UNAVAILABLE_NEEDS_CREATION', 'UNAVAILABLE_STILL_UNCLEAR', 'NOT_PROCESSED_PETITION', 'NOT_PROCESSED_DUPLICATE', 'NOT_PROCESSED_PUBLICATION', 'NOT_PROCESSED_EXCESSIVE', 'NOT_PROCESSED_CONFIRM_REISSUE', 'OTHER_NO_CORRECTION', 'OTHER_FEE_UNPAID', 'OTHER');

-- CreateEnum
CREATE TYPE "InfoForm" AS ENUM ('PAPER', 'ELECTRONIC', 'INSPECTION');

-- CreateEnum
CREATE TYPE "DeliveryMethod" AS ENUM ('POST', 'EMAIL', 'PICKUP', 'ONLINE');

-- CreateEnum
CREATE TYPE "ClockEventKind" AS ENUM ('CORRECTION', 'PAUSE', 'EXTENSION');

-- CreateEnum
CREATE TYPE "CalendarOverrideKind" AS ENUM ('HOLIDAY', 'MAKEUP_WORKDAY');

-- CreateTable
CREATE TABLE "DisclosureRequest" (
    "id" SERIAL NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "unitId" INTEGER NOT NULL,
    "handlerId" INTEGER,
    "channel" "RequestChannel" NOT NULL,
    "state" "RequestState" NOT NULL DEFAULT 'SUBMITTED',
    "version" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receivedOn" DATE,
    "applicantType" "ApplicantType" NOT NULL,
    "applicantName" TEXT NOT NULL,
    "contactPerson" TEXT,
    "idType" TEXT NOT NULL,
    "idNumber" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "address" TEXT,
    "postalCode" TEXT,
    "description" TEXT NOT NULL,
    "documentNo" TEXT,
    "purpose" TEXT,
    "infoForm" "InfoForm" NOT NULL,
    "delivery" "DeliveryMethod" NOT NULL,
    "dueOn" DATE,
    "outcome" "RequestOutcome",
    "outcomeReason" TEXT,
    "answeredOn" DATE,
    "closedAt" TIMESTAMP(3),
    "lookupFailures" INTEGER NOT NULL DEFAULT 0,
    "lookupLockedUntil" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DisclosureRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestClockEvent" (
    "id" SERIAL NOT NULL,
    "requestId" INTEGER NOT NULL,
    "kind" "ClockEventKind" NOT NULL,
    "startOn" DATE NOT NULL,
    "endOn" DATE,
    "pauseReason" TEXT,
    "workingDays" INTEGER,
    "reason" TEXT,
    "actorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestClockEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarOverride" (
    "date" DATE NOT NULL,
    "kind" "CalendarOverrideKind" NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalendarOverride_pkey" PRIMARY KEY ("date")
);

-- CreateIndex
CREATE UNIQUE INDEX "DisclosureRequest_trackingCode_key" ON "DisclosureRequest"("trackingCode");

-- CreateIndex
CREATE INDEX "DisclosureRequest_unitId_state_idx" ON "DisclosureRequest"("unitId", "state");

-- CreateIndex
CREATE INDEX "DisclosureRequest_state_dueOn_idx" ON "DisclosureRequest"("state", "dueOn");

-- CreateIndex
CREATE INDEX "RequestClockEvent_requestId_idx" ON "RequestClockEvent"("requestId");

-- AddForeignKey
ALTER TABLE "DisclosureRequest" ADD CONSTRAINT "DisclosureRequest_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisclosureRequest" ADD CONSTRAINT "DisclosureRequest_handlerId_fkey" FOREIGN KEY ("handlerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestClockEvent" ADD CONSTRAINT "RequestClockEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DisclosureRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Official holiday arrangements (国务院办公厅关于部分节假日安排的通知), editable by administrators.
INSERT INTO "CalendarOverride" ("date", "kind", "name", "source", "updatedAt") VALUES
  ('2025-01-01', 'HOLIDAY', '元旦', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-01-26', 'MAKEUP_WORKDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-01-28', 'HOLIDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-01-29', 'HOLIDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-01-30', 'HOLIDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-01-31', 'HOLIDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-02-01', 'HOLIDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-02-02', 'HOLIDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-02-03', 'HOLIDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-02-04', 'HOLIDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-02-08', 'MAKEUP_WORKDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-04-04', 'HOLIDAY', '清明节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-04-05', 'HOLIDAY', '清明节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-04-06', 'HOLIDAY', '清明节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-04-27', 'MAKEUP_WORKDAY', '劳动节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-05-01', 'HOLIDAY', '劳动节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-05-02', 'HOLIDAY', '劳动节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-05-03', 'HOLIDAY', '劳动节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-05-04', 'HOLIDAY', '劳动节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-05-05', 'HOLIDAY', '劳动节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-05-31', 'HOLIDAY', '端午节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-06-01', 'HOLIDAY', '端午节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-06-02', 'HOLIDAY', '端午节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-09-28', 'MAKEUP_WORKDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-10-01', 'HOLIDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-10-02', 'HOLIDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-10-03', 'HOLIDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-10-04', 'HOLIDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-10-05', 'HOLIDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-10-06', 'HOLIDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-10-07', 'HOLIDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-10-08', 'HOLIDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2025-10-11', 'MAKEUP_WORKDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）', CURRENT_TIMESTAMP),
  ('2026-01-01', 'HOLIDAY', '元旦', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-01-02', 'HOLIDAY', '元旦', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-01-03', 'HOLIDAY', '元旦', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-01-04', 'MAKEUP_WORKDAY', '元旦', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-02-14', 'MAKEUP_WORKDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-02-15', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-02-16', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-02-17', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-02-18', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-02-19', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-02-20', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-02-21', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-02-22', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-02-23', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-02-28', 'MAKEUP_WORKDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-04-04', 'HOLIDAY', '清明节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-04-05', 'HOLIDAY', '清明节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-04-06', 'HOLIDAY', '清明节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-05-01', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-05-02', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-05-03', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-05-04', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-05-05', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-05-09', 'MAKEUP_WORKDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-06-19', 'HOLIDAY', '端午节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-06-20', 'HOLIDAY', '端午节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-06-21', 'HOLIDAY', '端午节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-09-20', 'MAKEUP_WORKDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-09-25', 'HOLIDAY', '中秋节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-09-26', 'HOLIDAY', '中秋节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-09-27', 'HOLIDAY', '中秋节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-10-01', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-10-02', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-10-03', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-10-04', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-10-05', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-10-06', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-10-07', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP),
  ('2026-10-10', 'MAKEUP_WORKDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', CURRENT_TIMESTAMP)
ON CONFLICT ("date") DO NOTHING;
