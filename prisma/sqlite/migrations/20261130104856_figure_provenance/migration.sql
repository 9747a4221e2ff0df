-- AlterTable
ALTER TABLE "Artifact" ADD COLUMN "fileBytesVerifiedAt" DATETIME;

-- AlterTable
ALTER TABLE "Model" ADD COLUMN "architectureSourceUrl" TEXT;
ALTER TABLE "Model" ADD COLUMN "architectureVerifiedAt" DATETIME;
ALTER TABLE "Model" ADD COLUMN "paramsVerifiedAt" DATETIME;
