-- CreateTable: known devices (lib/auth/login.ts)
CREATE TABLE "KnownDevice" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "KnownDevice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KnownDevice_userId_idx" ON "KnownDevice"("userId");

-- AddForeignKey
ALTER TABLE "KnownDevice" ADD CONSTRAINT "KnownDevice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Physical ranges (lib/schemas/physical-limits.ts), the same the zod schemas enforce, so no writer
-- (hand-written SQL included) can store a shape that stalls the estimator or a number that does
-- not fit. NOT VALID: rows stored before this migration are not rechecked (the estimator refuses
-- an out-of-range shape by name); every insert and every update of a row is checked.
ALTER TABLE "Model" ADD CONSTRAINT "Model_totalParams_range" CHECK ("totalParams" > 0 AND "totalParams" <= 1e13) NOT VALID;
ALTER TABLE "Model" ADD CONSTRAINT "Model_activeParams_range" CHECK ("activeParams" > 0 AND "activeParams" <= 1e13) NOT VALID;
ALTER TABLE "Model" ADD CONSTRAINT "Model_layers_range" CHECK ("layers" >= 1 AND "layers" <= 1000) NOT VALID;
ALTER TABLE "Model" ADD CONSTRAINT "Model_hiddenSize_range" CHECK ("hiddenSize" >= 1 AND "hiddenSize" <= 65536) NOT VALID;
ALTER TABLE "Model" ADD CONSTRAINT "Model_intermediateSize_range" CHECK ("intermediateSize" IS NULL OR ("intermediateSize" >= 1 AND "intermediateSize" <= 1048576)) NOT VALID;
ALTER TABLE "Model" ADD CONSTRAINT "Model_attentionHeads_range" CHECK ("attentionHeads" >= 1 AND "attentionHeads" <= 4096) NOT VALID;
ALTER TABLE "Model" ADD CONSTRAINT "Model_kvHeads_range" CHECK ("kvHeads" >= 1 AND "kvHeads" <= 4096) NOT VALID;
ALTER TABLE "Model" ADD CONSTRAINT "Model_headDim_range" CHECK ("headDim" >= 1 AND "headDim" <= 4096) NOT VALID;
ALTER TABLE "Model" ADD CONSTRAINT "Model_vocabSize_range" CHECK ("vocabSize" >= 1 AND "vocabSize" <= 4194304) NOT VALID;
ALTER TABLE "Model" ADD CONSTRAINT "Model_contextLength_range" CHECK ("contextLength" >= 1 AND "contextLength" <= 16777216) NOT VALID;
ALTER TABLE "Model" ADD CONSTRAINT "Model_slidingWindow_range" CHECK ("slidingWindow" IS NULL OR ("slidingWindow" >= 1 AND "slidingWindow" <= 16777216)) NOT VALID;
ALTER TABLE "Model" ADD CONSTRAINT "Model_globalLayerEvery_range" CHECK ("globalLayerEvery" IS NULL OR ("globalLayerEvery" >= 1 AND "globalLayerEvery" <= 1000)) NOT VALID;
ALTER TABLE "Model" ADD CONSTRAINT "Model_mlaKvLoraRank_range" CHECK ("mlaKvLoraRank" IS NULL OR ("mlaKvLoraRank" >= 1 AND "mlaKvLoraRank" <= 65536)) NOT VALID;
ALTER TABLE "Model" ADD CONSTRAINT "Model_mlaRopeHeadDim_range" CHECK ("mlaRopeHeadDim" IS NULL OR ("mlaRopeHeadDim" >= 1 AND "mlaRopeHeadDim" <= 4096)) NOT VALID;
ALTER TABLE "Model" ADD CONSTRAINT "Model_expertsTotal_range" CHECK ("expertsTotal" IS NULL OR ("expertsTotal" >= 1 AND "expertsTotal" <= 4096)) NOT VALID;
ALTER TABLE "Model" ADD CONSTRAINT "Model_expertsActive_range" CHECK ("expertsActive" IS NULL OR ("expertsActive" >= 1 AND "expertsActive" <= 4096)) NOT VALID;
ALTER TABLE "Model" ADD CONSTRAINT "Model_projectorBytes_range" CHECK ("projectorBytes" IS NULL OR ("projectorBytes" > 0 AND "projectorBytes" <= 1e12)) NOT VALID;
ALTER TABLE "ModelStrength" ADD CONSTRAINT "ModelStrength_rating_range" CHECK ("rating" >= 1 AND "rating" <= 5) NOT VALID;
ALTER TABLE "QuantFormat" ADD CONSTRAINT "QuantFormat_bitsPerWeight_range" CHECK ("bitsPerWeight" > 0 AND "bitsPerWeight" <= 32) NOT VALID;
ALTER TABLE "QuantFormat" ADD CONSTRAINT "QuantFormat_qualityLossPct_range" CHECK ("qualityLossPct" IS NULL OR ("qualityLossPct" >= 0 AND "qualityLossPct" <= 1000)) NOT VALID;
ALTER TABLE "Artifact" ADD CONSTRAINT "Artifact_fileBytes_range" CHECK ("fileBytes" IS NULL OR ("fileBytes" > 0 AND "fileBytes" <= 1e14)) NOT VALID;
ALTER TABLE "Hardware" ADD CONSTRAINT "Hardware_memoryBytes_range" CHECK ("memoryBytes" > 0 AND "memoryBytes" <= 1e15) NOT VALID;
ALTER TABLE "Hardware" ADD CONSTRAINT "Hardware_bandwidthGBps_range" CHECK ("bandwidthGBps" > 0 AND "bandwidthGBps" <= 100000) NOT VALID;
ALTER TABLE "Hardware" ADD CONSTRAINT "Hardware_fp16Tflops_range" CHECK ("fp16Tflops" IS NULL OR ("fp16Tflops" > 0 AND "fp16Tflops" <= 100000)) NOT VALID;
ALTER TABLE "Hardware" ADD CONSTRAINT "Hardware_launchPriceUsd_range" CHECK ("launchPriceUsd" IS NULL OR ("launchPriceUsd" > 0 AND "launchPriceUsd" <= 10000000)) NOT VALID;
ALTER TABLE "Hardware" ADD CONSTRAINT "Hardware_year_range" CHECK ("year" IS NULL OR ("year" >= 2010 AND "year" <= 2030)) NOT VALID;
ALTER TABLE "Hardware" ADD CONSTRAINT "Hardware_cores_range" CHECK ("cores" IS NULL OR ("cores" >= 1 AND "cores" <= 1000000)) NOT VALID;
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_deviceCount_range" CHECK ("deviceCount" >= 1 AND "deviceCount" <= 1024) NOT VALID;
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_promptTokens_range" CHECK ("promptTokens" IS NULL OR ("promptTokens" >= 1 AND "promptTokens" <= 16777216)) NOT VALID;
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_depthTokens_range" CHECK ("depthTokens" >= 0 AND "depthTokens" <= 16777216) NOT VALID;
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_contextTokens_range" CHECK ("contextTokens" IS NULL OR ("contextTokens" >= 1 AND "contextTokens" <= 16777216)) NOT VALID;
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_promptTokensPerSec_range" CHECK ("promptTokensPerSec" IS NULL OR ("promptTokensPerSec" > 0 AND "promptTokensPerSec" <= 10000000)) NOT VALID;
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_generationTokensPerSec_range" CHECK ("generationTokensPerSec" IS NULL OR ("generationTokensPerSec" > 0 AND "generationTokensPerSec" <= 10000000)) NOT VALID;
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_memoryBytes_range" CHECK ("memoryBytes" IS NULL OR ("memoryBytes" > 0 AND "memoryBytes" <= 1e15)) NOT VALID;
