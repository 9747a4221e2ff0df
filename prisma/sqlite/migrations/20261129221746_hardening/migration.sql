-- CreateTable: known devices (lib/auth/login.ts)
CREATE TABLE "KnownDevice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "KnownDevice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "KnownDevice_userId_idx" ON "KnownDevice"("userId");

-- Physical ranges (lib/schemas/physical-limits.ts), the same the zod schemas enforce, so no writer
-- (hand-written SQL included) can store a shape that stalls the estimator or a number that does
-- not move to PostgreSQL. SQLite adds CHECK constraints only by rebuilding a table, so these are
-- triggers with the same conditions as the PostgreSQL triggers of this migration: every insert
-- and every update of a row is checked, and rows stored before it are not rechecked (the estimator
-- refuses an out-of-range shape by name).
CREATE TRIGGER "Model_totalParams_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."totalParams" > 0 AND NEW."totalParams" <= 1e13)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_totalParams_range'); END;
CREATE TRIGGER "Model_totalParams_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."totalParams" > 0 AND NEW."totalParams" <= 1e13)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_totalParams_range'); END;
CREATE TRIGGER "Model_activeParams_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."activeParams" > 0 AND NEW."activeParams" <= 1e13)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_activeParams_range'); END;
CREATE TRIGGER "Model_activeParams_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."activeParams" > 0 AND NEW."activeParams" <= 1e13)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_activeParams_range'); END;
CREATE TRIGGER "Model_layers_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."layers" >= 1 AND NEW."layers" <= 1000)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_layers_range'); END;
CREATE TRIGGER "Model_layers_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."layers" >= 1 AND NEW."layers" <= 1000)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_layers_range'); END;
CREATE TRIGGER "Model_hiddenSize_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."hiddenSize" >= 1 AND NEW."hiddenSize" <= 65536)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_hiddenSize_range'); END;
CREATE TRIGGER "Model_hiddenSize_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."hiddenSize" >= 1 AND NEW."hiddenSize" <= 65536)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_hiddenSize_range'); END;
CREATE TRIGGER "Model_intermediateSize_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."intermediateSize" IS NULL OR (NEW."intermediateSize" >= 1 AND NEW."intermediateSize" <= 1048576))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_intermediateSize_range'); END;
CREATE TRIGGER "Model_intermediateSize_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."intermediateSize" IS NULL OR (NEW."intermediateSize" >= 1 AND NEW."intermediateSize" <= 1048576))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_intermediateSize_range'); END;
CREATE TRIGGER "Model_attentionHeads_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."attentionHeads" >= 1 AND NEW."attentionHeads" <= 4096)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_attentionHeads_range'); END;
CREATE TRIGGER "Model_attentionHeads_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."attentionHeads" >= 1 AND NEW."attentionHeads" <= 4096)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_attentionHeads_range'); END;
CREATE TRIGGER "Model_kvHeads_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."kvHeads" >= 1 AND NEW."kvHeads" <= 4096)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_kvHeads_range'); END;
CREATE TRIGGER "Model_kvHeads_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."kvHeads" >= 1 AND NEW."kvHeads" <= 4096)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_kvHeads_range'); END;
CREATE TRIGGER "Model_headDim_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."headDim" >= 1 AND NEW."headDim" <= 4096)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_headDim_range'); END;
CREATE TRIGGER "Model_headDim_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."headDim" >= 1 AND NEW."headDim" <= 4096)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_headDim_range'); END;
CREATE TRIGGER "Model_vocabSize_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."vocabSize" >= 1 AND NEW."vocabSize" <= 4194304)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_vocabSize_range'); END;
CREATE TRIGGER "Model_vocabSize_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."vocabSize" >= 1 AND NEW."vocabSize" <= 4194304)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_vocabSize_range'); END;
CREATE TRIGGER "Model_contextLength_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."contextLength" >= 1 AND NEW."contextLength" <= 16777216)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_contextLength_range'); END;
CREATE TRIGGER "Model_contextLength_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."contextLength" >= 1 AND NEW."contextLength" <= 16777216)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_contextLength_range'); END;
CREATE TRIGGER "Model_slidingWindow_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."slidingWindow" IS NULL OR (NEW."slidingWindow" >= 1 AND NEW."slidingWindow" <= 16777216))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_slidingWindow_range'); END;
CREATE TRIGGER "Model_slidingWindow_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."slidingWindow" IS NULL OR (NEW."slidingWindow" >= 1 AND NEW."slidingWindow" <= 16777216))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_slidingWindow_range'); END;
CREATE TRIGGER "Model_globalLayerEvery_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."globalLayerEvery" IS NULL OR (NEW."globalLayerEvery" >= 1 AND NEW."globalLayerEvery" <= 1000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_globalLayerEvery_range'); END;
CREATE TRIGGER "Model_globalLayerEvery_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."globalLayerEvery" IS NULL OR (NEW."globalLayerEvery" >= 1 AND NEW."globalLayerEvery" <= 1000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_globalLayerEvery_range'); END;
CREATE TRIGGER "Model_mlaKvLoraRank_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."mlaKvLoraRank" IS NULL OR (NEW."mlaKvLoraRank" >= 1 AND NEW."mlaKvLoraRank" <= 65536))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_mlaKvLoraRank_range'); END;
CREATE TRIGGER "Model_mlaKvLoraRank_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."mlaKvLoraRank" IS NULL OR (NEW."mlaKvLoraRank" >= 1 AND NEW."mlaKvLoraRank" <= 65536))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_mlaKvLoraRank_range'); END;
CREATE TRIGGER "Model_mlaRopeHeadDim_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."mlaRopeHeadDim" IS NULL OR (NEW."mlaRopeHeadDim" >= 1 AND NEW."mlaRopeHeadDim" <= 4096))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_mlaRopeHeadDim_range'); END;
CREATE TRIGGER "Model_mlaRopeHeadDim_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."mlaRopeHeadDim" IS NULL OR (NEW."mlaRopeHeadDim" >= 1 AND NEW."mlaRopeHeadDim" <= 4096))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_mlaRopeHeadDim_range'); END;
CREATE TRIGGER "Model_expertsTotal_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."expertsTotal" IS NULL OR (NEW."expertsTotal" >= 1 AND NEW."expertsTotal" <= 4096))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_expertsTotal_range'); END;
CREATE TRIGGER "Model_expertsTotal_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."expertsTotal" IS NULL OR (NEW."expertsTotal" >= 1 AND NEW."expertsTotal" <= 4096))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_expertsTotal_range'); END;
CREATE TRIGGER "Model_expertsActive_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."expertsActive" IS NULL OR (NEW."expertsActive" >= 1 AND NEW."expertsActive" <= 4096))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_expertsActive_range'); END;
CREATE TRIGGER "Model_expertsActive_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."expertsActive" IS NULL OR (NEW."expertsActive" >= 1 AND NEW."expertsActive" <= 4096))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_expertsActive_range'); END;
CREATE TRIGGER "Model_projectorBytes_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."projectorBytes" IS NULL OR (NEW."projectorBytes" > 0 AND NEW."projectorBytes" <= 1e12))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_projectorBytes_range'); END;
CREATE TRIGGER "Model_projectorBytes_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."projectorBytes" IS NULL OR (NEW."projectorBytes" > 0 AND NEW."projectorBytes" <= 1e12))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_projectorBytes_range'); END;
CREATE TRIGGER "ModelStrength_rating_range_insert" BEFORE INSERT ON "ModelStrength" WHEN NOT (NEW."rating" >= 1 AND NEW."rating" <= 5)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ModelStrength_rating_range'); END;
CREATE TRIGGER "ModelStrength_rating_range_update" BEFORE UPDATE ON "ModelStrength" WHEN NOT (NEW."rating" >= 1 AND NEW."rating" <= 5)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ModelStrength_rating_range'); END;
CREATE TRIGGER "QuantFormat_bitsPerWeight_range_insert" BEFORE INSERT ON "QuantFormat" WHEN NOT (NEW."bitsPerWeight" > 0 AND NEW."bitsPerWeight" <= 32)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: QuantFormat_bitsPerWeight_range'); END;
CREATE TRIGGER "QuantFormat_bitsPerWeight_range_update" BEFORE UPDATE ON "QuantFormat" WHEN NOT (NEW."bitsPerWeight" > 0 AND NEW."bitsPerWeight" <= 32)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: QuantFormat_bitsPerWeight_range'); END;
CREATE TRIGGER "QuantFormat_qualityLossPct_range_insert" BEFORE INSERT ON "QuantFormat" WHEN NOT (NEW."qualityLossPct" IS NULL OR (NEW."qualityLossPct" >= 0 AND NEW."qualityLossPct" <= 1000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: QuantFormat_qualityLossPct_range'); END;
CREATE TRIGGER "QuantFormat_qualityLossPct_range_update" BEFORE UPDATE ON "QuantFormat" WHEN NOT (NEW."qualityLossPct" IS NULL OR (NEW."qualityLossPct" >= 0 AND NEW."qualityLossPct" <= 1000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: QuantFormat_qualityLossPct_range'); END;
CREATE TRIGGER "Artifact_fileBytes_range_insert" BEFORE INSERT ON "Artifact" WHEN NOT (NEW."fileBytes" IS NULL OR (NEW."fileBytes" > 0 AND NEW."fileBytes" <= 1e14))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Artifact_fileBytes_range'); END;
CREATE TRIGGER "Artifact_fileBytes_range_update" BEFORE UPDATE ON "Artifact" WHEN NOT (NEW."fileBytes" IS NULL OR (NEW."fileBytes" > 0 AND NEW."fileBytes" <= 1e14))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Artifact_fileBytes_range'); END;
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
CREATE TRIGGER "Measurement_deviceCount_range_insert" BEFORE INSERT ON "Measurement" WHEN NOT (NEW."deviceCount" >= 1 AND NEW."deviceCount" <= 1024)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Measurement_deviceCount_range'); END;
CREATE TRIGGER "Measurement_deviceCount_range_update" BEFORE UPDATE ON "Measurement" WHEN NOT (NEW."deviceCount" >= 1 AND NEW."deviceCount" <= 1024)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Measurement_deviceCount_range'); END;
CREATE TRIGGER "Measurement_promptTokens_range_insert" BEFORE INSERT ON "Measurement" WHEN NOT (NEW."promptTokens" IS NULL OR (NEW."promptTokens" >= 1 AND NEW."promptTokens" <= 16777216))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Measurement_promptTokens_range'); END;
CREATE TRIGGER "Measurement_promptTokens_range_update" BEFORE UPDATE ON "Measurement" WHEN NOT (NEW."promptTokens" IS NULL OR (NEW."promptTokens" >= 1 AND NEW."promptTokens" <= 16777216))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Measurement_promptTokens_range'); END;
CREATE TRIGGER "Measurement_depthTokens_range_insert" BEFORE INSERT ON "Measurement" WHEN NOT (NEW."depthTokens" >= 0 AND NEW."depthTokens" <= 16777216)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Measurement_depthTokens_range'); END;
CREATE TRIGGER "Measurement_depthTokens_range_update" BEFORE UPDATE ON "Measurement" WHEN NOT (NEW."depthTokens" >= 0 AND NEW."depthTokens" <= 16777216)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Measurement_depthTokens_range'); END;
CREATE TRIGGER "Measurement_contextTokens_range_insert" BEFORE INSERT ON "Measurement" WHEN NOT (NEW."contextTokens" IS NULL OR (NEW."contextTokens" >= 1 AND NEW."contextTokens" <= 16777216))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Measurement_contextTokens_range'); END;
CREATE TRIGGER "Measurement_contextTokens_range_update" BEFORE UPDATE ON "Measurement" WHEN NOT (NEW."contextTokens" IS NULL OR (NEW."contextTokens" >= 1 AND NEW."contextTokens" <= 16777216))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Measurement_contextTokens_range'); END;
CREATE TRIGGER "Measurement_promptTokensPerSec_range_insert" BEFORE INSERT ON "Measurement" WHEN NOT (NEW."promptTokensPerSec" IS NULL OR (NEW."promptTokensPerSec" > 0 AND NEW."promptTokensPerSec" <= 10000000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Measurement_promptTokensPerSec_range'); END;
CREATE TRIGGER "Measurement_promptTokensPerSec_range_update" BEFORE UPDATE ON "Measurement" WHEN NOT (NEW."promptTokensPerSec" IS NULL OR (NEW."promptTokensPerSec" > 0 AND NEW."promptTokensPerSec" <= 10000000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Measurement_promptTokensPerSec_range'); END;
CREATE TRIGGER "Measurement_generationTokensPerSec_range_insert" BEFORE INSERT ON "Measurement" WHEN NOT (NEW."generationTokensPerSec" IS NULL OR (NEW."generationTokensPerSec" > 0 AND NEW."generationTokensPerSec" <= 10000000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Measurement_generationTokensPerSec_range'); END;
CREATE TRIGGER "Measurement_generationTokensPerSec_range_update" BEFORE UPDATE ON "Measurement" WHEN NOT (NEW."generationTokensPerSec" IS NULL OR (NEW."generationTokensPerSec" > 0 AND NEW."generationTokensPerSec" <= 10000000))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Measurement_generationTokensPerSec_range'); END;
CREATE TRIGGER "Measurement_memoryBytes_range_insert" BEFORE INSERT ON "Measurement" WHEN NOT (NEW."memoryBytes" IS NULL OR (NEW."memoryBytes" > 0 AND NEW."memoryBytes" <= 1e15))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Measurement_memoryBytes_range'); END;
CREATE TRIGGER "Measurement_memoryBytes_range_update" BEFORE UPDATE ON "Measurement" WHEN NOT (NEW."memoryBytes" IS NULL OR (NEW."memoryBytes" > 0 AND NEW."memoryBytes" <= 1e15))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Measurement_memoryBytes_range'); END;
