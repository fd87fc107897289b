-- AlterTable
ALTER TABLE "delivery_broadcasts" ADD COLUMN     "resent" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "delivery_recipients" ADD COLUMN     "resent" INTEGER NOT NULL DEFAULT 0;
