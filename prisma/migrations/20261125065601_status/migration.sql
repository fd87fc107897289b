-- CreateTable
CREATE TABLE "approval_requests" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "author_id" BIGINT,
    "author_via" TEXT NOT NULL,
    "required" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "expires_at" TIMESTAMP(3) NOT NULL,
    "decided_at" TIMESTAMP(3),
    "decided_by" BIGINT,
    "overridden" BOOLEAN NOT NULL DEFAULT false,
    "executed_at" TIMESTAMP(3),
    "result" JSONB,
    "error" TEXT,
    "notified_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "approval_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "approval_votes" (
    "id" SERIAL NOT NULL,
    "request_id" INTEGER NOT NULL,
    "staff_id" BIGINT NOT NULL,
    "decision" TEXT NOT NULL,
    "via" TEXT NOT NULL,
    "reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "approval_votes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_assets" (
    "id" SERIAL NOT NULL,
    "symbol" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "networks" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "withdrawals" TEXT NOT NULL DEFAULT 'operational',
    "deposits" TEXT NOT NULL DEFAULT 'operational',
    "withdrawals_since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deposits_since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reminder_minutes" INTEGER,
    "last_reminder_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "status_assets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_incidents" (
    "id" SERIAL NOT NULL,
    "asset_id" INTEGER NOT NULL,
    "opened_at" TIMESTAMP(3) NOT NULL,
    "closed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "status_incidents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_updates" (
    "id" SERIAL NOT NULL,
    "asset_id" INTEGER NOT NULL,
    "incident_id" INTEGER,
    "direction" TEXT NOT NULL,
    "state" TEXT,
    "previous" TEXT,
    "text_en" TEXT NOT NULL,
    "text_de" TEXT,
    "text_zh" TEXT,
    "author_id" BIGINT,
    "approval_id" INTEGER,
    "corrects_id" INTEGER,
    "broadcast_id" INTEGER,
    "recipients" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "status_updates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_followers" (
    "member_id" BIGINT NOT NULL,
    "all" BOOLEAN NOT NULL DEFAULT true,
    "source" TEXT NOT NULL DEFAULT 'member',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "status_followers_pkey" PRIMARY KEY ("member_id")
);

-- CreateTable
CREATE TABLE "status_follows" (
    "id" SERIAL NOT NULL,
    "member_id" BIGINT NOT NULL,
    "symbol" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "status_follows_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_scheduled" (
    "id" SERIAL NOT NULL,
    "approval_id" INTEGER NOT NULL,
    "run_at" TIMESTAMP(3) NOT NULL,
    "payload" JSONB NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'scheduled',
    "error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "status_scheduled_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "approval_requests_status_expires_at_idx" ON "approval_requests"("status", "expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "approval_votes_request_id_staff_id_key" ON "approval_votes"("request_id", "staff_id");

-- CreateIndex
CREATE UNIQUE INDEX "status_assets_symbol_key" ON "status_assets"("symbol");

-- CreateIndex
CREATE INDEX "status_incidents_asset_id_closed_at_idx" ON "status_incidents"("asset_id", "closed_at");

-- CreateIndex
CREATE INDEX "status_updates_asset_id_created_at_idx" ON "status_updates"("asset_id", "created_at");

-- CreateIndex
CREATE INDEX "status_follows_symbol_idx" ON "status_follows"("symbol");

-- CreateIndex
CREATE UNIQUE INDEX "status_follows_member_id_symbol_key" ON "status_follows"("member_id", "symbol");

-- CreateIndex
CREATE UNIQUE INDEX "status_scheduled_approval_id_key" ON "status_scheduled"("approval_id");

-- CreateIndex
CREATE INDEX "status_scheduled_state_run_at_idx" ON "status_scheduled"("state", "run_at");

-- AddForeignKey
ALTER TABLE "approval_votes" ADD CONSTRAINT "approval_votes_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "approval_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_incidents" ADD CONSTRAINT "status_incidents_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "status_assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "status_assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "status_incidents"("id") ON DELETE SET NULL ON UPDATE CASCADE;
