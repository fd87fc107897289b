-- AlterTable
ALTER TABLE "ama_questions" ADD COLUMN     "posted_to" BIGINT[] DEFAULT ARRAY[]::BIGINT[];


-- Answers given before this column existed were posted when they were given.
UPDATE "ama_questions" AS q SET "posted_to" = s."group_ids"
  FROM "ama_sessions" AS s WHERE s."id" = q."session_id" AND q."status" = 'answered';
