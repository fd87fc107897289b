-- CreateTable
CREATE TABLE "kb_entries" (
    "id" TEXT NOT NULL,
    "tags" TEXT[],
    "related" TEXT[],
    "valid_from" TEXT,
    "valid_until" TEXT,
    "texts" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by" BIGINT,
    "hits" INTEGER NOT NULL DEFAULT 0,
    "last_hit_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "kb_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kb_entry_versions" (
    "id" SERIAL NOT NULL,
    "entry_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "data" JSONB,
    "actor_id" BIGINT,
    "batch" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "kb_entry_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kb_questions" (
    "id" SERIAL NOT NULL,
    "member_id" BIGINT,
    "chat_id" BIGINT,
    "lang" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "entry_id" TEXT,
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "feedback" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "kb_questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kb_group_settings" (
    "chat_id" BIGINT NOT NULL,
    "auto_answer" BOOLEAN NOT NULL DEFAULT false,
    "updated_by" BIGINT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "kb_group_settings_pkey" PRIMARY KEY ("chat_id")
);

-- CreateIndex
CREATE INDEX "kb_entry_versions_batch_idx" ON "kb_entry_versions"("batch");

-- CreateIndex
CREATE UNIQUE INDEX "kb_entry_versions_entry_id_version_key" ON "kb_entry_versions"("entry_id", "version");

-- CreateIndex
CREATE INDEX "kb_questions_outcome_lang_idx" ON "kb_questions"("outcome", "lang");

-- CreateIndex
CREATE INDEX "kb_questions_normalized_idx" ON "kb_questions"("normalized");

-- CreateIndex
CREATE INDEX "kb_questions_member_id_idx" ON "kb_questions"("member_id");
