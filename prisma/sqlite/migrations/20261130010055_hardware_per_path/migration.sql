-- CreateTable
CREATE TABLE "HardwarePrice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "hardwareId" INTEGER NOT NULL,
    "condition" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "usdLow" REAL,
    "usdHigh" REAL,
    "observedOn" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT NOT NULL,
    "verifiedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "HardwarePrice_hardwareId_fkey" FOREIGN KEY ("hardwareId") REFERENCES "Hardware" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Hardware" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "vendor" TEXT NOT NULL,
    "formFactor" TEXT NOT NULL DEFAULT 'card',
    "memoryBytes" REAL NOT NULL,
    "memoryType" TEXT,
    "gpuMemoryLinuxBytes" REAL,
    "gpuMemoryWindowsBytes" REAL,
    "memorySourceUrl" TEXT,
    "memoryVerifiedAt" DATETIME,
    "bandwidthGBps" REAL NOT NULL,
    "bandwidthSourceUrl" TEXT,
    "bandwidthVerifiedAt" DATETIME,
    "fp16Tflops" REAL,
    "fp32VectorTflops" REAL,
    "fp16VectorTflops" REAL,
    "fp16TensorTflops" REAL,
    "fp16AccTensorTflops" REAL,
    "bf16TensorTflops" REAL,
    "int8TensorTops" REAL,
    "int8Path" TEXT,
    "fp8TensorTflops" REAL,
    "fp4TensorTflops" REAL,
    "computeSourceUrl" TEXT,
    "computeVerifiedAt" DATETIME,
    "backend" TEXT NOT NULL,
    "isa" TEXT NOT NULL DEFAULT '',
    "launchPriceUsd" REAL,
    "launchPriceScope" TEXT,
    "priceSourceUrl" TEXT,
    "priceVerifiedAt" DATETIME,
    "year" INTEGER,
    "cores" INTEGER,
    "figureNotes" TEXT NOT NULL DEFAULT '[]',
    "notes" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT NOT NULL,
    "verifiedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Hardware" ("backend", "bandwidthGBps", "cores", "createdAt", "fp16Tflops", "id", "kind", "launchPriceUsd", "memoryBytes", "memoryType", "name", "notes", "slug", "sourceUrl", "updatedAt", "vendor", "verifiedAt", "version", "year") SELECT "backend", "bandwidthGBps", "cores", "createdAt", "fp16Tflops", "id", "kind", "launchPriceUsd", "memoryBytes", "memoryType", "name", "notes", "slug", "sourceUrl", "updatedAt", "vendor", "verifiedAt", "version", "year" FROM "Hardware";
DROP TABLE "Hardware";
ALTER TABLE "new_Hardware" RENAME TO "Hardware";
CREATE UNIQUE INDEX "Hardware_slug_key" ON "Hardware"("slug");
CREATE INDEX "Hardware_kind_idx" ON "Hardware"("kind");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "HardwarePrice_slug_key" ON "HardwarePrice"("slug");

-- CreateIndex
CREATE INDEX "HardwarePrice_hardwareId_idx" ON "HardwarePrice"("hardwareId");

-- Existing rows: a Mac or a CPU configuration is a whole system, every other existing row a PCIe
-- card (server modules and unified machines are set by \`npm run db:seed -- --sync\`, which also
-- brings the per-path figures, provenance groups and corrections of prisma/seed/hardware.json).
UPDATE "Hardware" SET "formFactor" = 'system' WHERE "kind" IN ('apple-silicon', 'cpu');
UPDATE "Hardware" SET "launchPriceScope" = CASE WHEN "kind" IN ('apple-silicon', 'cpu') THEN 'system' ELSE 'card' END WHERE "launchPriceUsd" IS NOT NULL;


-- Physical ranges (lib/schemas/physical-limits.ts). Rebuilding "Hardware" above dropped the range
-- triggers the hardening migration put on it, so they are recreated here, with the new columns'
-- ranges beside them; the new "HardwarePrice" table gets its own. Same conditions as PostgreSQL.
CREATE TRIGGER "Hardware_memoryBytes_range_insert" BEFORE INSERT ON "Hardware" WHEN NOT (NEW."memoryBytes" > 0 AND NEW."memoryBytes" <= 1e15)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_memoryBytes_range'); END;
CREATE TRIGGER "Hardware_memoryBytes_range_update" BEFORE UPDATE ON "Hardware" WHEN NOT (NEW."memoryBytes" > 0 AND NEW."memoryBytes" <= 1e15)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_memoryBytes_range'); END;
CREATE TRIGGER "Hardware_bandwidthGBps_range_insert" BEFORE INSERT ON "Hardware" WHEN NOT (NEW."bandwidthGBps" > 0 AND NEW."bandwidthGBps" <= 100000)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_bandwidthGBps_range'); END;
CREATE TRIGGER "Hardware_bandwidthGBps_range_update" BEFORE UPDATE ON "Hardware" WHEN NOT (NEW."bandwidthGBps" > 0 AND NEW."bandwidthGBps" <= 100000)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_bandwidthGBps_range'); END;
CREATE TRIGGER "Hardware_fp16Tflops_range_insert" BEFORE INSERT ON "Hardware" WHEN NOT (NEW."fp16Tflops" IS NULL OR (NEW."fp16Tflops" > 0 AND NEW."fp16Tflops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_fp16Tflops_range'); END;
CREATE TRIGGER "Hardware_fp16Tflops_range_update" BEFORE UPDATE ON "Hardware" WHEN NOT (NEW."fp16Tflops" IS NULL OR (NEW."fp16Tflops" > 0 AND NEW."fp16Tflops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_fp16Tflops_range'); END;
CREATE TRIGGER "Hardware_launchPriceUsd_range_insert" BEFORE INSERT ON "Hardware" WHEN NOT (NEW."launchPriceUsd" IS NULL OR (NEW."launchPriceUsd" > 0 AND NEW."launchPriceUsd" <= 10000000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_launchPriceUsd_range'); END;
CREATE TRIGGER "Hardware_launchPriceUsd_range_update" BEFORE UPDATE ON "Hardware" WHEN NOT (NEW."launchPriceUsd" IS NULL OR (NEW."launchPriceUsd" > 0 AND NEW."launchPriceUsd" <= 10000000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_launchPriceUsd_range'); END;
CREATE TRIGGER "Hardware_year_range_insert" BEFORE INSERT ON "Hardware" WHEN NOT (NEW."year" IS NULL OR (NEW."year" >= 2010 AND NEW."year" <= 2030))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_year_range'); END;
CREATE TRIGGER "Hardware_year_range_update" BEFORE UPDATE ON "Hardware" WHEN NOT (NEW."year" IS NULL OR (NEW."year" >= 2010 AND NEW."year" <= 2030))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_year_range'); END;
CREATE TRIGGER "Hardware_cores_range_insert" BEFORE INSERT ON "Hardware" WHEN NOT (NEW."cores" IS NULL OR (NEW."cores" >= 1 AND NEW."cores" <= 1000000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_cores_range'); END;
CREATE TRIGGER "Hardware_cores_range_update" BEFORE UPDATE ON "Hardware" WHEN NOT (NEW."cores" IS NULL OR (NEW."cores" >= 1 AND NEW."cores" <= 1000000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_cores_range'); END;
CREATE TRIGGER "Hardware_gpuMemoryLinuxBytes_range_insert" BEFORE INSERT ON "Hardware" WHEN NOT (NEW."gpuMemoryLinuxBytes" IS NULL OR (NEW."gpuMemoryLinuxBytes" > 0 AND NEW."gpuMemoryLinuxBytes" <= 1e15))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_gpuMemoryLinuxBytes_range'); END;
CREATE TRIGGER "Hardware_gpuMemoryLinuxBytes_range_update" BEFORE UPDATE ON "Hardware" WHEN NOT (NEW."gpuMemoryLinuxBytes" IS NULL OR (NEW."gpuMemoryLinuxBytes" > 0 AND NEW."gpuMemoryLinuxBytes" <= 1e15))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_gpuMemoryLinuxBytes_range'); END;
CREATE TRIGGER "Hardware_gpuMemoryWindowsBytes_range_insert" BEFORE INSERT ON "Hardware" WHEN NOT (NEW."gpuMemoryWindowsBytes" IS NULL OR (NEW."gpuMemoryWindowsBytes" > 0 AND NEW."gpuMemoryWindowsBytes" <= 1e15))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_gpuMemoryWindowsBytes_range'); END;
CREATE TRIGGER "Hardware_gpuMemoryWindowsBytes_range_update" BEFORE UPDATE ON "Hardware" WHEN NOT (NEW."gpuMemoryWindowsBytes" IS NULL OR (NEW."gpuMemoryWindowsBytes" > 0 AND NEW."gpuMemoryWindowsBytes" <= 1e15))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_gpuMemoryWindowsBytes_range'); END;
CREATE TRIGGER "Hardware_fp32VectorTflops_range_insert" BEFORE INSERT ON "Hardware" WHEN NOT (NEW."fp32VectorTflops" IS NULL OR (NEW."fp32VectorTflops" > 0 AND NEW."fp32VectorTflops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_fp32VectorTflops_range'); END;
CREATE TRIGGER "Hardware_fp32VectorTflops_range_update" BEFORE UPDATE ON "Hardware" WHEN NOT (NEW."fp32VectorTflops" IS NULL OR (NEW."fp32VectorTflops" > 0 AND NEW."fp32VectorTflops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_fp32VectorTflops_range'); END;
CREATE TRIGGER "Hardware_fp16VectorTflops_range_insert" BEFORE INSERT ON "Hardware" WHEN NOT (NEW."fp16VectorTflops" IS NULL OR (NEW."fp16VectorTflops" > 0 AND NEW."fp16VectorTflops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_fp16VectorTflops_range'); END;
CREATE TRIGGER "Hardware_fp16VectorTflops_range_update" BEFORE UPDATE ON "Hardware" WHEN NOT (NEW."fp16VectorTflops" IS NULL OR (NEW."fp16VectorTflops" > 0 AND NEW."fp16VectorTflops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_fp16VectorTflops_range'); END;
CREATE TRIGGER "Hardware_fp16TensorTflops_range_insert" BEFORE INSERT ON "Hardware" WHEN NOT (NEW."fp16TensorTflops" IS NULL OR (NEW."fp16TensorTflops" > 0 AND NEW."fp16TensorTflops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_fp16TensorTflops_range'); END;
CREATE TRIGGER "Hardware_fp16TensorTflops_range_update" BEFORE UPDATE ON "Hardware" WHEN NOT (NEW."fp16TensorTflops" IS NULL OR (NEW."fp16TensorTflops" > 0 AND NEW."fp16TensorTflops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_fp16TensorTflops_range'); END;
CREATE TRIGGER "Hardware_fp16AccTensorTflops_range_insert" BEFORE INSERT ON "Hardware" WHEN NOT (NEW."fp16AccTensorTflops" IS NULL OR (NEW."fp16AccTensorTflops" > 0 AND NEW."fp16AccTensorTflops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_fp16AccTensorTflops_range'); END;
CREATE TRIGGER "Hardware_fp16AccTensorTflops_range_update" BEFORE UPDATE ON "Hardware" WHEN NOT (NEW."fp16AccTensorTflops" IS NULL OR (NEW."fp16AccTensorTflops" > 0 AND NEW."fp16AccTensorTflops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_fp16AccTensorTflops_range'); END;
CREATE TRIGGER "Hardware_bf16TensorTflops_range_insert" BEFORE INSERT ON "Hardware" WHEN NOT (NEW."bf16TensorTflops" IS NULL OR (NEW."bf16TensorTflops" > 0 AND NEW."bf16TensorTflops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_bf16TensorTflops_range'); END;
CREATE TRIGGER "Hardware_bf16TensorTflops_range_update" BEFORE UPDATE ON "Hardware" WHEN NOT (NEW."bf16TensorTflops" IS NULL OR (NEW."bf16TensorTflops" > 0 AND NEW."bf16TensorTflops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_bf16TensorTflops_range'); END;
CREATE TRIGGER "Hardware_int8TensorTops_range_insert" BEFORE INSERT ON "Hardware" WHEN NOT (NEW."int8TensorTops" IS NULL OR (NEW."int8TensorTops" > 0 AND NEW."int8TensorTops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_int8TensorTops_range'); END;
CREATE TRIGGER "Hardware_int8TensorTops_range_update" BEFORE UPDATE ON "Hardware" WHEN NOT (NEW."int8TensorTops" IS NULL OR (NEW."int8TensorTops" > 0 AND NEW."int8TensorTops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_int8TensorTops_range'); END;
CREATE TRIGGER "Hardware_fp8TensorTflops_range_insert" BEFORE INSERT ON "Hardware" WHEN NOT (NEW."fp8TensorTflops" IS NULL OR (NEW."fp8TensorTflops" > 0 AND NEW."fp8TensorTflops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_fp8TensorTflops_range'); END;
CREATE TRIGGER "Hardware_fp8TensorTflops_range_update" BEFORE UPDATE ON "Hardware" WHEN NOT (NEW."fp8TensorTflops" IS NULL OR (NEW."fp8TensorTflops" > 0 AND NEW."fp8TensorTflops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_fp8TensorTflops_range'); END;
CREATE TRIGGER "Hardware_fp4TensorTflops_range_insert" BEFORE INSERT ON "Hardware" WHEN NOT (NEW."fp4TensorTflops" IS NULL OR (NEW."fp4TensorTflops" > 0 AND NEW."fp4TensorTflops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_fp4TensorTflops_range'); END;
CREATE TRIGGER "Hardware_fp4TensorTflops_range_update" BEFORE UPDATE ON "Hardware" WHEN NOT (NEW."fp4TensorTflops" IS NULL OR (NEW."fp4TensorTflops" > 0 AND NEW."fp4TensorTflops" <= 100000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Hardware_fp4TensorTflops_range'); END;
CREATE TRIGGER "HardwarePrice_usdLow_range_insert" BEFORE INSERT ON "HardwarePrice" WHEN NOT (NEW."usdLow" IS NULL OR (NEW."usdLow" > 0 AND NEW."usdLow" <= 10000000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: HardwarePrice_usdLow_range'); END;
CREATE TRIGGER "HardwarePrice_usdLow_range_update" BEFORE UPDATE ON "HardwarePrice" WHEN NOT (NEW."usdLow" IS NULL OR (NEW."usdLow" > 0 AND NEW."usdLow" <= 10000000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: HardwarePrice_usdLow_range'); END;
CREATE TRIGGER "HardwarePrice_usdHigh_range_insert" BEFORE INSERT ON "HardwarePrice" WHEN NOT (NEW."usdHigh" IS NULL OR (NEW."usdHigh" > 0 AND NEW."usdHigh" <= 10000000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: HardwarePrice_usdHigh_range'); END;
CREATE TRIGGER "HardwarePrice_usdHigh_range_update" BEFORE UPDATE ON "HardwarePrice" WHEN NOT (NEW."usdHigh" IS NULL OR (NEW."usdHigh" > 0 AND NEW."usdHigh" <= 10000000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: HardwarePrice_usdHigh_range'); END;
