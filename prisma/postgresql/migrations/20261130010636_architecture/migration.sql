-- AlterTable: the new columns first, filled from the old ones, then the old ones dropped.
ALTER TABLE "Model" ADD COLUMN "architecture" TEXT,
ADD COLUMN     "contextExtension" TEXT,
ADD COLUMN     "extendedContextTokens" INTEGER,
ADD COLUMN     "nativeContextTokens" INTEGER,
ADD COLUMN     "notes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "supersededBy" TEXT;

-- Each row's scalar shape becomes the architecture record it describes (lib/architecture/schema.ts,
-- the defaults filled when it is read): full or sliding layers as the old window and global-layer
-- rule placed them, a dense or MoE FFN of the one width, MLA from its rank. Catalog rows are then
-- brought to their exact records by `npm run db:seed -- --sync`; rows the seed does not know keep
-- this reading, which estimates as the old columns did.
UPDATE "Model" SET
  "nativeContextTokens" = "contextLength",
  "architecture" = json_build_object(
    'modelType', 'custom',
    'hiddenSize', "hiddenSize",
    'vocabSize', "vocabSize",
    'tiedEmbeddings', "tiedEmbeddings",
    'layers', "layers",
    'mixers', CASE WHEN "mlaKvLoraRank" IS NOT NULL THEN 'mla*' || "layers" ELSE CASE
        WHEN "slidingWindow" IS NULL OR "slidingWindow" >= "contextLength" OR "globalLayerEvery" = 1 THEN 'full*' || "layers"
        WHEN "globalLayerEvery" IS NULL OR "layers" < "globalLayerEvery" THEN 'sliding*' || "layers"
        ELSE '(sliding*' || ("globalLayerEvery" - 1) || ' full)*' || ("layers" / "globalLayerEvery")
          || CASE WHEN "layers" % "globalLayerEvery" = 0 THEN '' ELSE ' sliding*' || ("layers" % "globalLayerEvery") END
      END END,
    'ffns', CASE WHEN COALESCE("expertsTotal", 0) > 1 THEN 'moe*' ELSE 'dense*' END || "layers",
    'attention', CASE WHEN "mlaKvLoraRank" IS NULL THEN json_build_object('heads', "attentionHeads", 'kvHeads', "kvHeads", 'headDim', "headDim") END,
    'sliding', CASE WHEN "mlaKvLoraRank" IS NULL AND "slidingWindow" IS NOT NULL AND "slidingWindow" < "contextLength" AND COALESCE("globalLayerEvery", 0) <> 1 THEN json_build_object('window', "slidingWindow") END,
    'mla', CASE WHEN "mlaKvLoraRank" IS NOT NULL THEN json_build_object('heads', "attentionHeads", 'qLoraRank', NULL, 'kvLoraRank', "mlaKvLoraRank", 'qkNopeHeadDim', "headDim", 'qkRopeHeadDim', "mlaRopeHeadDim", 'vHeadDim', "headDim") END,
    'dense', CASE WHEN COALESCE("expertsTotal", 0) <= 1 THEN json_build_object('intermediateSize', COALESCE("intermediateSize", 4 * "hiddenSize")) END,
    'moe', CASE WHEN COALESCE("expertsTotal", 0) > 1 THEN json_build_object('experts', "expertsTotal", 'activeExperts', "expertsActive", 'expertWidth', COALESCE("intermediateSize", 4 * "hiddenSize")) END,
    'context', json_build_object('ropeScaling', NULL)
  )::text;

ALTER TABLE "Model" ALTER COLUMN "architecture" SET NOT NULL,
ALTER COLUMN "nativeContextTokens" SET NOT NULL;

-- The physical ranges of the `hardening` migration, with the new columns' (the same bounds as
-- lib/schemas/physical-limits.ts; tests/integration/physical-limits.test.ts checks them), replaced
-- before the columns the old function reads are dropped. The architecture must be a JSON object
-- whose layer count, width and vocabulary, which size every loop of the estimator, are in range;
-- the full record is validated by zod when it is read.
CREATE OR REPLACE FUNCTION "Model_physical_ranges"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  arch jsonb;
BEGIN
  IF NOT (NEW."totalParams" > 0 AND NEW."totalParams" <= 1e13) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_totalParams_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."activeParams" > 0 AND NEW."activeParams" <= 1e13) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_activeParams_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."projectorBytes" IS NULL OR (NEW."projectorBytes" > 0 AND NEW."projectorBytes" <= 1e12)) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_projectorBytes_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."nativeContextTokens" >= 1 AND NEW."nativeContextTokens" <= 16777216) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_nativeContextTokens_range' USING ERRCODE = 'check_violation'; END IF;
  IF NOT (NEW."extendedContextTokens" IS NULL OR (NEW."extendedContextTokens" >= 1 AND NEW."extendedContextTokens" <= 16777216)) THEN RAISE EXCEPTION 'CHECK constraint failed: Model_extendedContextTokens_range' USING ERRCODE = 'check_violation'; END IF;
  IF NEW."contextExtension" IS NOT NULL THEN
    BEGIN
      arch := NEW."contextExtension"::jsonb;
    EXCEPTION WHEN others THEN
      RAISE EXCEPTION 'CHECK constraint failed: Model_contextExtension_range' USING ERRCODE = 'check_violation';
    END;
    IF jsonb_typeof(arch) IS DISTINCT FROM 'object' THEN RAISE EXCEPTION 'CHECK constraint failed: Model_contextExtension_range' USING ERRCODE = 'check_violation'; END IF;
  END IF;
  BEGIN
    arch := NEW."architecture"::jsonb;
  EXCEPTION WHEN others THEN
    RAISE EXCEPTION 'CHECK constraint failed: Model_architecture_range' USING ERRCODE = 'check_violation';
  END;
  IF jsonb_typeof(arch) IS DISTINCT FROM 'object'
    OR jsonb_typeof(arch -> 'layers') IS DISTINCT FROM 'number'
    OR jsonb_typeof(arch -> 'hiddenSize') IS DISTINCT FROM 'number'
    OR jsonb_typeof(arch -> 'vocabSize') IS DISTINCT FROM 'number' THEN
    RAISE EXCEPTION 'CHECK constraint failed: Model_architecture_range' USING ERRCODE = 'check_violation';
  END IF;
  IF NOT ((arch ->> 'layers')::numeric = trunc((arch ->> 'layers')::numeric) AND (arch ->> 'layers')::numeric BETWEEN 1 AND 1000
    AND (arch ->> 'hiddenSize')::numeric = trunc((arch ->> 'hiddenSize')::numeric) AND (arch ->> 'hiddenSize')::numeric BETWEEN 1 AND 65536
    AND (arch ->> 'vocabSize')::numeric = trunc((arch ->> 'vocabSize')::numeric) AND (arch ->> 'vocabSize')::numeric BETWEEN 1 AND 4194304) THEN
    RAISE EXCEPTION 'CHECK constraint failed: Model_architecture_range' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

ALTER TABLE "Model" DROP COLUMN "attentionHeads",
DROP COLUMN "contextLength",
DROP COLUMN "expertsActive",
DROP COLUMN "expertsTotal",
DROP COLUMN "globalLayerEvery",
DROP COLUMN "headDim",
DROP COLUMN "hiddenSize",
DROP COLUMN "intermediateSize",
DROP COLUMN "kvHeads",
DROP COLUMN "layers",
DROP COLUMN "mlaKvLoraRank",
DROP COLUMN "mlaRopeHeadDim",
DROP COLUMN "slidingWindow",
DROP COLUMN "tiedEmbeddings",
DROP COLUMN "vocabSize";
