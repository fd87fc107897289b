-- CreateTable
CREATE TABLE "support_tickets" (
    "id" SERIAL NOT NULL,
    "member_id" BIGINT NOT NULL,
    "member_name" TEXT,
    "category" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'new',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "subject" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "topic_id" INTEGER,
    "header_message_id" INTEGER,
    "staff_error" TEXT,
    "taken_by" BIGINT,
    "taken_by_name" TEXT,
    "first_response_at" TIMESTAMP(3),
    "reminded_at" TIMESTAMP(3),
    "escalated_at" TIMESTAMP(3),
    "closed_at" TIMESTAMP(3),
    "rating" INTEGER,
    "rating_comment" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "support_tickets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_messages" (
    "id" SERIAL NOT NULL,
    "ticket_id" INTEGER NOT NULL,
    "direction" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'text',
    "author_id" BIGINT,
    "text" TEXT,
    "member_message_id" INTEGER,
    "staff_message_id" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'sent',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "support_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_categories" (
    "key" TEXT NOT NULL,
    "label" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "support_categories_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "support_bans" (
    "member_id" BIGINT NOT NULL,
    "reason" TEXT,
    "banned_by" BIGINT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "support_bans_pkey" PRIMARY KEY ("member_id")
);

-- CreateTable
CREATE TABLE "support_pending" (
    "member_id" BIGINT NOT NULL,
    "kind" TEXT NOT NULL,
    "category" TEXT,
    "question" TEXT,
    "ticket_id" INTEGER,
    "message_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "support_pending_pkey" PRIMARY KEY ("member_id")
);

-- CreateIndex
CREATE INDEX "support_tickets_member_id_state_idx" ON "support_tickets"("member_id", "state");

-- CreateIndex
CREATE INDEX "support_tickets_state_created_at_idx" ON "support_tickets"("state", "created_at");

-- CreateIndex
CREATE INDEX "support_tickets_topic_id_idx" ON "support_tickets"("topic_id");

-- CreateIndex
CREATE INDEX "support_messages_ticket_id_idx" ON "support_messages"("ticket_id");

-- CreateIndex
CREATE INDEX "support_messages_staff_message_id_idx" ON "support_messages"("staff_message_id");

-- AddForeignKey
ALTER TABLE "support_messages" ADD CONSTRAINT "support_messages_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "support_tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
