-- CreateTable
CREATE TABLE "delivery_gates" (
    "name" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "delivery_gates_pkey" PRIMARY KEY ("name")
);
