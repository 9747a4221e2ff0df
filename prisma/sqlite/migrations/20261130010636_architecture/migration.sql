-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Model" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "releaseDate" DATETIME,
    "license" TEXT NOT NULL,
    "licenseUrl" TEXT,
    "totalParams" REAL NOT NULL,
    "activeParams" REAL NOT NULL,
    "paramsSourceUrl" TEXT NOT NULL,
    "architecture" TEXT NOT NULL,
    "nativeContextTokens" INTEGER NOT NULL,
    "extendedContextTokens" INTEGER,
    "contextExtension" TEXT,
    "projectorBytes" REAL,
    "modalities" TEXT NOT NULL,
    "huggingFaceRepo" TEXT,
    "ollamaTag" TEXT,
    "supersededBy" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT NOT NULL,
    "verifiedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
-- Each row's scalar shape becomes the architecture record it describes (lib/architecture/schema.ts,
-- the defaults filled when it is read): full or sliding layers as the old window and global-layer
-- rule placed them, a dense or MoE FFN of the one width, MLA from its rank. Catalog rows are then
-- brought to their exact records by `npm run db:seed -- --sync`; rows the seed does not know keep
-- this reading, which estimates as the old columns did.
INSERT INTO "new_Model" ("activeParams", "createdAt", "description", "family", "huggingFaceRepo", "id", "license", "licenseUrl", "modalities", "name", "ollamaTag", "paramsSourceUrl", "projectorBytes", "publisher", "releaseDate", "slug", "sourceUrl", "totalParams", "updatedAt", "verifiedAt", "version", "architecture", "nativeContextTokens")
SELECT "activeParams", "createdAt", "description", "family", "huggingFaceRepo", "id", "license", "licenseUrl", "modalities", "name", "ollamaTag", "paramsSourceUrl", "projectorBytes", "publisher", "releaseDate", "slug", "sourceUrl", "totalParams", "updatedAt", "verifiedAt", "version",
  json_object(
    'modelType', 'custom',
    'hiddenSize', "hiddenSize",
    'vocabSize', "vocabSize",
    'tiedEmbeddings', json(CASE WHEN "tiedEmbeddings" THEN 'true' ELSE 'false' END),
    'layers', "layers",
    'mixers', CASE WHEN "mlaKvLoraRank" IS NOT NULL THEN 'mla*' || "layers" ELSE CASE
        WHEN "slidingWindow" IS NULL OR "slidingWindow" >= "contextLength" OR "globalLayerEvery" = 1 THEN 'full*' || "layers"
        WHEN "globalLayerEvery" IS NULL OR "layers" < "globalLayerEvery" THEN 'sliding*' || "layers"
        ELSE '(sliding*' || ("globalLayerEvery" - 1) || ' full)*' || ("layers" / "globalLayerEvery")
          || CASE WHEN "layers" % "globalLayerEvery" = 0 THEN '' ELSE ' sliding*' || ("layers" % "globalLayerEvery") END
      END END,
    'ffns', CASE WHEN COALESCE("expertsTotal", 0) > 1 THEN 'moe*' ELSE 'dense*' END || "layers",
    'attention', CASE WHEN "mlaKvLoraRank" IS NULL THEN json_object('heads', "attentionHeads", 'kvHeads', "kvHeads", 'headDim', "headDim") END,
    'sliding', CASE WHEN "mlaKvLoraRank" IS NULL AND "slidingWindow" IS NOT NULL AND "slidingWindow" < "contextLength" AND COALESCE("globalLayerEvery", 0) <> 1 THEN json_object('window', "slidingWindow") END,
    'mla', CASE WHEN "mlaKvLoraRank" IS NOT NULL THEN json_object('heads', "attentionHeads", 'qLoraRank', NULL, 'kvLoraRank', "mlaKvLoraRank", 'qkNopeHeadDim', "headDim", 'qkRopeHeadDim', "mlaRopeHeadDim", 'vHeadDim', "headDim") END,
    'dense', CASE WHEN COALESCE("expertsTotal", 0) <= 1 THEN json_object('intermediateSize', COALESCE("intermediateSize", 4 * "hiddenSize")) END,
    'moe', CASE WHEN COALESCE("expertsTotal", 0) > 1 THEN json_object('experts', "expertsTotal", 'activeExperts', "expertsActive", 'expertWidth', COALESCE("intermediateSize", 4 * "hiddenSize")) END,
    'context', json_object('ropeScaling', NULL)
  ),
  "contextLength"
FROM "Model";
DROP TABLE "Model";
ALTER TABLE "new_Model" RENAME TO "Model";
CREATE UNIQUE INDEX "Model_slug_key" ON "Model"("slug");
CREATE INDEX "Model_family_idx" ON "Model"("family");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- The table was rebuilt, and SQLite drops a table's triggers with it: the physical ranges of the
-- `hardening` migration that still apply are created again, with the new columns' (the same
-- bounds as lib/schemas/physical-limits.ts; tests/integration/physical-limits.test.ts checks them).
-- The architecture must be a JSON object whose layer count, width and vocabulary, which size every
-- loop of the estimator, are in range; the full record is validated by zod when it is read.
CREATE TRIGGER "Model_totalParams_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."totalParams" > 0 AND NEW."totalParams" <= 1e13)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_totalParams_range'); END;
CREATE TRIGGER "Model_totalParams_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."totalParams" > 0 AND NEW."totalParams" <= 1e13)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_totalParams_range'); END;
CREATE TRIGGER "Model_activeParams_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."activeParams" > 0 AND NEW."activeParams" <= 1e13)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_activeParams_range'); END;
CREATE TRIGGER "Model_activeParams_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."activeParams" > 0 AND NEW."activeParams" <= 1e13)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_activeParams_range'); END;
CREATE TRIGGER "Model_projectorBytes_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."projectorBytes" IS NULL OR (NEW."projectorBytes" > 0 AND NEW."projectorBytes" <= 1e12))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_projectorBytes_range'); END;
CREATE TRIGGER "Model_projectorBytes_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."projectorBytes" IS NULL OR (NEW."projectorBytes" > 0 AND NEW."projectorBytes" <= 1e12))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_projectorBytes_range'); END;
CREATE TRIGGER "Model_nativeContextTokens_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."nativeContextTokens" >= 1 AND NEW."nativeContextTokens" <= 16777216)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_nativeContextTokens_range'); END;
CREATE TRIGGER "Model_nativeContextTokens_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."nativeContextTokens" >= 1 AND NEW."nativeContextTokens" <= 16777216)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_nativeContextTokens_range'); END;
CREATE TRIGGER "Model_extendedContextTokens_range_insert" BEFORE INSERT ON "Model" WHEN NOT (NEW."extendedContextTokens" IS NULL OR (NEW."extendedContextTokens" >= 1 AND NEW."extendedContextTokens" <= 16777216))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_extendedContextTokens_range'); END;
CREATE TRIGGER "Model_extendedContextTokens_range_update" BEFORE UPDATE ON "Model" WHEN NOT (NEW."extendedContextTokens" IS NULL OR (NEW."extendedContextTokens" >= 1 AND NEW."extendedContextTokens" <= 16777216))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_extendedContextTokens_range'); END;
CREATE TRIGGER "Model_contextExtension_range_insert" BEFORE INSERT ON "Model" WHEN NOT COALESCE((NEW."contextExtension" IS NULL OR (CASE WHEN json_valid(NEW."contextExtension") THEN json_type(NEW."contextExtension") = 'object' ELSE 0 END)), 0)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_contextExtension_range'); END;
CREATE TRIGGER "Model_contextExtension_range_update" BEFORE UPDATE ON "Model" WHEN NOT COALESCE((NEW."contextExtension" IS NULL OR (CASE WHEN json_valid(NEW."contextExtension") THEN json_type(NEW."contextExtension") = 'object' ELSE 0 END)), 0)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_contextExtension_range'); END;
CREATE TRIGGER "Model_architecture_range_insert" BEFORE INSERT ON "Model" WHEN NOT COALESCE((CASE WHEN json_valid(NEW."architecture") THEN json_type(NEW."architecture") = 'object'
  AND json_type(NEW."architecture", '$.layers') = 'integer' AND json_extract(NEW."architecture", '$.layers') BETWEEN 1 AND 1000
  AND json_type(NEW."architecture", '$.hiddenSize') = 'integer' AND json_extract(NEW."architecture", '$.hiddenSize') BETWEEN 1 AND 65536
  AND json_type(NEW."architecture", '$.vocabSize') = 'integer' AND json_extract(NEW."architecture", '$.vocabSize') BETWEEN 1 AND 4194304
  ELSE 0 END), 0)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_architecture_range'); END;
CREATE TRIGGER "Model_architecture_range_update" BEFORE UPDATE ON "Model" WHEN NOT COALESCE((CASE WHEN json_valid(NEW."architecture") THEN json_type(NEW."architecture") = 'object'
  AND json_type(NEW."architecture", '$.layers') = 'integer' AND json_extract(NEW."architecture", '$.layers') BETWEEN 1 AND 1000
  AND json_type(NEW."architecture", '$.hiddenSize') = 'integer' AND json_extract(NEW."architecture", '$.hiddenSize') BETWEEN 1 AND 65536
  AND json_type(NEW."architecture", '$.vocabSize') = 'integer' AND json_extract(NEW."architecture", '$.vocabSize') BETWEEN 1 AND 4194304
  ELSE 0 END), 0)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: Model_architecture_range'); END;
