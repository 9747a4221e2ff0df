-- AlterTable
ALTER TABLE "Hardware" ADD COLUMN     "bandwidthSourceUrl" TEXT,
ADD COLUMN     "bandwidthVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "bf16TensorTflops" DOUBLE PRECISION,
ADD COLUMN     "computeSourceUrl" TEXT,
ADD COLUMN     "computeVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "figureNotes" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "formFactor" TEXT NOT NULL DEFAULT 'card',
ADD COLUMN     "fp16AccTensorTflops" DOUBLE PRECISION,
ADD COLUMN     "fp16TensorTflops" DOUBLE PRECISION,
ADD COLUMN     "fp16VectorTflops" DOUBLE PRECISION,
ADD COLUMN     "fp32VectorTflops" DOUBLE PRECISION,
ADD COLUMN     "fp4TensorTflops" DOUBLE PRECISION,
ADD COLUMN     "fp8TensorTflops" DOUBLE PRECISION,
ADD COLUMN     "gpuMemoryLinuxBytes" DOUBLE PRECISION,
ADD COLUMN     "gpuMemoryWindowsBytes" DOUBLE PRECISION,
ADD COLUMN     "int8Path" TEXT,
ADD COLUMN     "int8TensorTops" DOUBLE PRECISION,
ADD COLUMN     "isa" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "launchPriceScope" TEXT,
ADD COLUMN     "memorySourceUrl" TEXT,
ADD COLUMN     "memoryVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "priceSourceUrl" TEXT,
ADD COLUMN     "priceVerifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "HardwarePrice" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "hardwareId" INTEGER NOT NULL,
    "condition" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "usdLow" DOUBLE PRECISION,
    "usdHigh" DOUBLE PRECISION,
    "observedOn" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HardwarePrice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HardwarePrice_slug_key" ON "HardwarePrice"("slug");

-- CreateIndex
CREATE INDEX "HardwarePrice_hardwareId_idx" ON "HardwarePrice"("hardwareId");

-- AddForeignKey
ALTER TABLE "HardwarePrice" ADD CONSTRAINT "HardwarePrice_hardwareId_fkey" FOREIGN KEY ("hardwareId") REFERENCES "Hardware"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Existing rows: a Mac or a CPU configuration is a whole system, every other existing row a PCIe
-- card (server modules and unified machines are set by \`npm run db:seed -- --sync\`, which also
-- brings the per-path figures, provenance groups and corrections of prisma/seed/hardware.json).
UPDATE "Hardware" SET "formFactor" = 'system' WHERE "kind" IN ('apple-silicon', 'cpu');
UPDATE "Hardware" SET "launchPriceScope" = CASE WHEN "kind" IN ('apple-silicon', 'cpu') THEN 'system' ELSE 'card' END WHERE "launchPriceUsd" IS NOT NULL;


-- Physical ranges (lib/schemas/physical-limits.ts): the Hardware function gains the new columns'
-- ranges (its trigger, created by the hardening migration, calls it unchanged); HardwarePrice
-- gets its own function and trigger. Same conditions as SQLite.
CREATE OR REPLACE FUNCTION "Hardware_physical_ranges"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."memoryBytes" > 0 AND NEW."memoryBytes" <= 1e15) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_memoryBytes_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."bandwidthGBps" > 0 AND NEW."bandwidthGBps" <= 100000) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_bandwidthGBps_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."fp16Tflops" IS NULL OR (NEW."fp16Tflops" > 0 AND NEW."fp16Tflops" <= 100000)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_fp16Tflops_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."launchPriceUsd" IS NULL OR (NEW."launchPriceUsd" > 0 AND NEW."launchPriceUsd" <= 10000000)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_launchPriceUsd_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."year" IS NULL OR (NEW."year" >= 2010 AND NEW."year" <= 2030)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_year_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."cores" IS NULL OR (NEW."cores" >= 1 AND NEW."cores" <= 1000000)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_cores_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."gpuMemoryLinuxBytes" IS NULL OR (NEW."gpuMemoryLinuxBytes" > 0 AND NEW."gpuMemoryLinuxBytes" <= 1e15)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_gpuMemoryLinuxBytes_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."gpuMemoryWindowsBytes" IS NULL OR (NEW."gpuMemoryWindowsBytes" > 0 AND NEW."gpuMemoryWindowsBytes" <= 1e15)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_gpuMemoryWindowsBytes_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."fp32VectorTflops" IS NULL OR (NEW."fp32VectorTflops" > 0 AND NEW."fp32VectorTflops" <= 100000)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_fp32VectorTflops_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."fp16VectorTflops" IS NULL OR (NEW."fp16VectorTflops" > 0 AND NEW."fp16VectorTflops" <= 100000)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_fp16VectorTflops_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."fp16TensorTflops" IS NULL OR (NEW."fp16TensorTflops" > 0 AND NEW."fp16TensorTflops" <= 100000)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_fp16TensorTflops_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."fp16AccTensorTflops" IS NULL OR (NEW."fp16AccTensorTflops" > 0 AND NEW."fp16AccTensorTflops" <= 100000)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_fp16AccTensorTflops_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."bf16TensorTflops" IS NULL OR (NEW."bf16TensorTflops" > 0 AND NEW."bf16TensorTflops" <= 100000)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_bf16TensorTflops_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."int8TensorTops" IS NULL OR (NEW."int8TensorTops" > 0 AND NEW."int8TensorTops" <= 100000)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_int8TensorTops_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."fp8TensorTflops" IS NULL OR (NEW."fp8TensorTflops" > 0 AND NEW."fp8TensorTflops" <= 100000)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_fp8TensorTflops_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."fp4TensorTflops" IS NULL OR (NEW."fp4TensorTflops" > 0 AND NEW."fp4TensorTflops" <= 100000)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_fp4TensorTflops_range' USING ERRCODE = 'check_violation'; END IF;
  RETURN NEW;
END
$$;
CREATE OR REPLACE FUNCTION "HardwarePrice_physical_ranges"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."usdLow" IS NULL OR (NEW."usdLow" > 0 AND NEW."usdLow" <= 10000000)) THEN RAISE EXCEPTION 'CHECK constraint failed: HardwarePrice_usdLow_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."usdHigh" IS NULL OR (NEW."usdHigh" > 0 AND NEW."usdHigh" <= 10000000)) THEN RAISE EXCEPTION 'CHECK constraint failed: HardwarePrice_usdHigh_range' USING ERRCODE = 'check_violation'; END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "HardwarePrice_physical_ranges" BEFORE INSERT OR UPDATE ON "HardwarePrice" FOR EACH ROW EXECUTE FUNCTION "HardwarePrice_physical_ranges"();
