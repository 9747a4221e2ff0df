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
-- not fit. Triggers rather than CHECK constraints: Prisma's schema engine (the WebAssembly build
-- db:migration and the drift test use) panics when it introspects a table with a CHECK constraint.
-- Every insert and every update of a row is checked, and rows stored before are not rechecked
-- (the estimator refuses an out-of-range shape by name). The error names <Table>_<column>_range.
CREATE FUNCTION "Model_physical_ranges"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."totalParams" > 0 AND NEW."totalParams" <= 1e13) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_totalParams_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."activeParams" > 0 AND NEW."activeParams" <= 1e13) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_activeParams_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."layers" >= 1 AND NEW."layers" <= 1000) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_layers_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."hiddenSize" >= 1 AND NEW."hiddenSize" <= 65536) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_hiddenSize_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."intermediateSize" IS NULL OR (NEW."intermediateSize" >= 1 AND NEW."intermediateSize" <= 1048576)) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_intermediateSize_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."attentionHeads" >= 1 AND NEW."attentionHeads" <= 4096) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_attentionHeads_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."kvHeads" >= 1 AND NEW."kvHeads" <= 4096) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_kvHeads_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."headDim" >= 1 AND NEW."headDim" <= 4096) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_headDim_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."vocabSize" >= 1 AND NEW."vocabSize" <= 4194304) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_vocabSize_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."contextLength" >= 1 AND NEW."contextLength" <= 16777216) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_contextLength_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."slidingWindow" IS NULL OR (NEW."slidingWindow" >= 1 AND NEW."slidingWindow" <= 16777216)) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_slidingWindow_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."globalLayerEvery" IS NULL OR (NEW."globalLayerEvery" >= 1 AND NEW."globalLayerEvery" <= 1000)) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_globalLayerEvery_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."mlaKvLoraRank" IS NULL OR (NEW."mlaKvLoraRank" >= 1 AND NEW."mlaKvLoraRank" <= 65536)) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_mlaKvLoraRank_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."mlaRopeHeadDim" IS NULL OR (NEW."mlaRopeHeadDim" >= 1 AND NEW."mlaRopeHeadDim" <= 4096)) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_mlaRopeHeadDim_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."expertsTotal" IS NULL OR (NEW."expertsTotal" >= 1 AND NEW."expertsTotal" <= 4096)) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_expertsTotal_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."expertsActive" IS NULL OR (NEW."expertsActive" >= 1 AND NEW."expertsActive" <= 4096)) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_expertsActive_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."projectorBytes" IS NULL OR (NEW."projectorBytes" > 0 AND NEW."projectorBytes" <= 1e12)) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_projectorBytes_range' USING ERRCODE = 'check_violation'; END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "Model_physical_ranges" BEFORE INSERT OR UPDATE ON "Model" FOR EACH ROW EXECUTE FUNCTION "Model_physical_ranges"();
CREATE FUNCTION "ModelStrength_physical_ranges"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."rating" >= 1 AND NEW."rating" <= 5) THEN RAISE EXCEPTION 'CHECK constraint failed: ModelStrength_rating_range' USING ERRCODE = 'check_violation'; END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "ModelStrength_physical_ranges" BEFORE INSERT OR UPDATE ON "ModelStrength" FOR EACH ROW EXECUTE FUNCTION "ModelStrength_physical_ranges"();
CREATE FUNCTION "QuantFormat_physical_ranges"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."bitsPerWeight" > 0 AND NEW."bitsPerWeight" <= 32) THEN RAISE EXCEPTION 'CHECK constraint failed: QuantFormat_bitsPerWeight_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."qualityLossPct" IS NULL OR (NEW."qualityLossPct" >= 0 AND NEW."qualityLossPct" <= 1000)) THEN RAISE EXCEPTION 'CHECK constraint failed: QuantFormat_qualityLossPct_range' USING ERRCODE = 'check_violation'; END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "QuantFormat_physical_ranges" BEFORE INSERT OR UPDATE ON "QuantFormat" FOR EACH ROW EXECUTE FUNCTION "QuantFormat_physical_ranges"();
CREATE FUNCTION "Artifact_physical_ranges"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."fileBytes" IS NULL OR (NEW."fileBytes" > 0 AND NEW."fileBytes" <= 1e14)) THEN RAISE EXCEPTION 'CHECK constraint failed: Artifact_fileBytes_range' USING ERRCODE = 'check_violation'; END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "Artifact_physical_ranges" BEFORE INSERT OR UPDATE ON "Artifact" FOR EACH ROW EXECUTE FUNCTION "Artifact_physical_ranges"();
CREATE FUNCTION "Hardware_physical_ranges"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."memoryBytes" > 0 AND NEW."memoryBytes" <= 1e15) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_memoryBytes_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."bandwidthGBps" > 0 AND NEW."bandwidthGBps" <= 100000) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_bandwidthGBps_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."fp16Tflops" IS NULL OR (NEW."fp16Tflops" > 0 AND NEW."fp16Tflops" <= 100000)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_fp16Tflops_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."launchPriceUsd" IS NULL OR (NEW."launchPriceUsd" > 0 AND NEW."launchPriceUsd" <= 10000000)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_launchPriceUsd_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."year" IS NULL OR (NEW."year" >= 2010 AND NEW."year" <= 2030)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_year_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."cores" IS NULL OR (NEW."cores" >= 1 AND NEW."cores" <= 1000000)) THEN RAISE EXCEPTION 'CHECK constraint failed: Hardware_cores_range' USING ERRCODE = 'check_violation'; END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "Hardware_physical_ranges" BEFORE INSERT OR UPDATE ON "Hardware" FOR EACH ROW EXECUTE FUNCTION "Hardware_physical_ranges"();
CREATE FUNCTION "Measurement_physical_ranges"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."deviceCount" >= 1 AND NEW."deviceCount" <= 1024) THEN RAISE EXCEPTION 'CHECK constraint failed: Measurement_deviceCount_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."promptTokens" IS NULL OR (NEW."promptTokens" >= 1 AND NEW."promptTokens" <= 16777216)) THEN RAISE EXCEPTION 'CHECK constraint failed: Measurement_promptTokens_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."depthTokens" >= 0 AND NEW."depthTokens" <= 16777216) THEN RAISE EXCEPTION 'CHECK constraint failed: Measurement_depthTokens_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."contextTokens" IS NULL OR (NEW."contextTokens" >= 1 AND NEW."contextTokens" <= 16777216)) THEN RAISE EXCEPTION 'CHECK constraint failed: Measurement_contextTokens_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."promptTokensPerSec" IS NULL OR (NEW."promptTokensPerSec" > 0 AND NEW."promptTokensPerSec" <= 10000000)) THEN RAISE EXCEPTION 'CHECK constraint failed: Measurement_promptTokensPerSec_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."generationTokensPerSec" IS NULL OR (NEW."generationTokensPerSec" > 0 AND NEW."generationTokensPerSec" <= 10000000)) THEN RAISE EXCEPTION 'CHECK constraint failed: Measurement_generationTokensPerSec_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."memoryBytes" IS NULL OR (NEW."memoryBytes" > 0 AND NEW."memoryBytes" <= 1e15)) THEN RAISE EXCEPTION 'CHECK constraint failed: Measurement_memoryBytes_range' USING ERRCODE = 'check_violation'; END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "Measurement_physical_ranges" BEFORE INSERT OR UPDATE ON "Measurement" FOR EACH ROW EXECUTE FUNCTION "Measurement_physical_ranges"();
