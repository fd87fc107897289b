-- CreateTable
CREATE TABLE "safety_official_entries" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "display" TEXT NOT NULL,
    "asset" TEXT,
    "network" TEXT,
    "added_by" BIGINT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "safety_official_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "safety_member_names" (
    "member_id" BIGINT NOT NULL,
    "first_name" TEXT,
    "last_name" TEXT,
    "username" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "safety_member_names_pkey" PRIMARY KEY ("member_id")
);

-- CreateTable
CREATE TABLE "safety_cases" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "chat_id" BIGINT NOT NULL,
    "member_id" BIGINT NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "undone_by" BIGINT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "safety_cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "safety_official_messages" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "sent_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "safety_official_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "safety_official_entries_kind_value_key" ON "safety_official_entries"("kind", "value");

-- CreateIndex
CREATE INDEX "safety_member_names_username_idx" ON "safety_member_names"("username");

-- CreateIndex
CREATE INDEX "safety_cases_member_id_idx" ON "safety_cases"("member_id");

-- CreateIndex
CREATE UNIQUE INDEX "safety_official_messages_code_key" ON "safety_official_messages"("code");
