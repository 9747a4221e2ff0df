-- AlterTable
ALTER TABLE "Artifact" ADD COLUMN     "fileBytesVerifiedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "architectureSourceUrl" TEXT,
ADD COLUMN     "architectureVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "paramsVerifiedAt" TIMESTAMP(3);
