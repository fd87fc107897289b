-- CreateTable
CREATE TABLE "ama_sessions" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "host_id" BIGINT NOT NULL,
    "starts_at" TIMESTAMP(3) NOT NULL,
    "languages" TEXT[],
    "group_ids" BIGINT[],
    "status" TEXT NOT NULL DEFAULT 'draft',
    "introduction" TEXT,
    "created_by" BIGINT,
    "reminded_24_at" TIMESTAMP(3),
    "reminded_1_at" TIMESTAMP(3),
    "now_answering_id" INTEGER,
    "board_messages" JSONB NOT NULL DEFAULT '{}',
    "opened_at" TIMESTAMP(3),
    "closed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ama_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ama_questions" (
    "id" SERIAL NOT NULL,
    "session_id" INTEGER NOT NULL,
    "asker_id" BIGINT,
    "asker_name" TEXT,
    "asker_locale" TEXT NOT NULL DEFAULT 'en',
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "text" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "merged_into_id" INTEGER,
    "vote_count" INTEGER NOT NULL DEFAULT 0,
    "deferred_at" TIMESTAMP(3),
    "staff_chat_id" BIGINT,
    "staff_message_id" INTEGER,
    "console_chat_id" BIGINT,
    "console_message_id" INTEGER,
    "moderated_by" BIGINT,
    "answer" TEXT,
    "answer_voice_id" TEXT,
    "answered_at" TIMESTAMP(3),
    "embedding" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ama_questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ama_votes" (
    "id" SERIAL NOT NULL,
    "question_id" INTEGER NOT NULL,
    "voter_id" BIGINT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ama_votes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ama_kb_suggestions" (
    "id" SERIAL NOT NULL,
    "session_id" INTEGER NOT NULL,
    "question_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "votes" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'new',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ama_kb_suggestions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ama_sessions_status_idx" ON "ama_sessions"("status");

-- CreateIndex
CREATE INDEX "ama_questions_session_id_status_idx" ON "ama_questions"("session_id", "status");

-- CreateIndex
CREATE INDEX "ama_questions_asker_id_idx" ON "ama_questions"("asker_id");

-- CreateIndex
CREATE INDEX "ama_questions_console_chat_id_console_message_id_idx" ON "ama_questions"("console_chat_id", "console_message_id");

-- CreateIndex
CREATE INDEX "ama_votes_voter_id_idx" ON "ama_votes"("voter_id");

-- CreateIndex
CREATE UNIQUE INDEX "ama_votes_question_id_voter_id_key" ON "ama_votes"("question_id", "voter_id");

-- CreateIndex
CREATE UNIQUE INDEX "ama_kb_suggestions_question_id_key" ON "ama_kb_suggestions"("question_id");

-- CreateIndex
CREATE INDEX "ama_kb_suggestions_session_id_idx" ON "ama_kb_suggestions"("session_id");

-- AddForeignKey
ALTER TABLE "ama_questions" ADD CONSTRAINT "ama_questions_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "ama_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ama_votes" ADD CONSTRAINT "ama_votes_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "ama_questions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ama_kb_suggestions" ADD CONSTRAINT "ama_kb_suggestions_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "ama_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
