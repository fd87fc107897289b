-- CreateTable
CREATE TABLE "delivery_broadcasts" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 1,
    "author_id" BIGINT,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "texts" JSONB NOT NULL,
    "corrects_id" INTEGER,
    "total" INTEGER NOT NULL DEFAULT 0,
    "sent" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "blocked" INTEGER NOT NULL DEFAULT 0,
    "uncertain" INTEGER NOT NULL DEFAULT 0,
    "progress_chat_id" BIGINT,
    "progress_message_id" INTEGER,
    "progress_locale" TEXT,
    "approval_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "delivery_broadcasts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delivery_recipients" (
    "id" SERIAL NOT NULL,
    "broadcast_id" INTEGER NOT NULL,
    "chat_id" BIGINT NOT NULL,
    "text_index" INTEGER NOT NULL,
    "op" TEXT NOT NULL DEFAULT 'send',
    "state" TEXT NOT NULL DEFAULT 'queued',
    "message_id" INTEGER,
    "pin" BOOLEAN NOT NULL DEFAULT false,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "not_before" TIMESTAMP(3),
    "sent_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "delivery_recipients_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delivery_leases" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "delivery_leases_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "delivery_chats" (
    "id" SERIAL NOT NULL,
    "chat_id" BIGINT NOT NULL,
    "title" TEXT,
    "type" TEXT NOT NULL,
    "pin" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "added_by" BIGINT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "delivery_chats_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "delivery_broadcasts_state_idx" ON "delivery_broadcasts"("state");

-- CreateIndex
CREATE INDEX "delivery_recipients_broadcast_id_state_id_idx" ON "delivery_recipients"("broadcast_id", "state", "id");

-- CreateIndex
CREATE INDEX "delivery_recipients_chat_id_idx" ON "delivery_recipients"("chat_id");

-- CreateIndex
CREATE UNIQUE INDEX "delivery_recipients_broadcast_id_chat_id_key" ON "delivery_recipients"("broadcast_id", "chat_id");

-- CreateIndex
CREATE UNIQUE INDEX "delivery_chats_chat_id_key" ON "delivery_chats"("chat_id");

-- AddForeignKey
ALTER TABLE "delivery_recipients" ADD CONSTRAINT "delivery_recipients_broadcast_id_fkey" FOREIGN KEY ("broadcast_id") REFERENCES "delivery_broadcasts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
