-- CreateTable
CREATE TABLE "Model" (
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
    "layers" INTEGER NOT NULL,
    "hiddenSize" INTEGER NOT NULL,
    "intermediateSize" INTEGER,
    "attentionHeads" INTEGER NOT NULL,
    "kvHeads" INTEGER NOT NULL,
    "headDim" INTEGER NOT NULL,
    "vocabSize" INTEGER NOT NULL,
    "contextLength" INTEGER NOT NULL,
    "tiedEmbeddings" BOOLEAN NOT NULL,
    "slidingWindow" INTEGER,
    "globalLayerEvery" INTEGER,
    "mlaKvLoraRank" INTEGER,
    "mlaRopeHeadDim" INTEGER,
    "expertsTotal" INTEGER,
    "expertsActive" INTEGER,
    "projectorBytes" REAL,
    "modalities" TEXT NOT NULL,
    "huggingFaceRepo" TEXT,
    "ollamaTag" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT NOT NULL,
    "verifiedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ModelStrength" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "modelId" INTEGER NOT NULL,
    "useCase" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    CONSTRAINT "ModelStrength_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuantFormat" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "bitsPerWeight" REAL NOT NULL,
    "bitsExact" BOOLEAN NOT NULL,
    "description" TEXT NOT NULL,
    "qualityLossPct" REAL,
    "qualityMetric" TEXT,
    "qualitySourceUrl" TEXT,
    "sourceUrl" TEXT NOT NULL,
    "verifiedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Artifact" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "modelId" INTEGER NOT NULL,
    "formatId" INTEGER NOT NULL,
    "publisher" TEXT NOT NULL,
    "fileBytes" REAL,
    "fileBytesSourceUrl" TEXT,
    "huggingFaceRepo" TEXT,
    "huggingFaceFile" TEXT,
    "ollamaTag" TEXT,
    "lmStudioId" TEXT,
    "sourceUrl" TEXT NOT NULL,
    "verifiedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Artifact_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Artifact_formatId_fkey" FOREIGN KEY ("formatId") REFERENCES "QuantFormat" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Hardware" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "vendor" TEXT NOT NULL,
    "memoryBytes" REAL NOT NULL,
    "memoryType" TEXT,
    "bandwidthGBps" REAL NOT NULL,
    "fp16Tflops" REAL,
    "backend" TEXT NOT NULL,
    "launchPriceUsd" REAL,
    "year" INTEGER,
    "cores" INTEGER,
    "notes" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT NOT NULL,
    "verifiedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Runtime" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "homepageUrl" TEXT NOT NULL,
    "platforms" TEXT NOT NULL,
    "backends" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "verifiedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RuntimeFormat" (
    "runtimeId" INTEGER NOT NULL,
    "formatId" INTEGER NOT NULL,

    PRIMARY KEY ("runtimeId", "formatId"),
    CONSTRAINT "RuntimeFormat_runtimeId_fkey" FOREIGN KEY ("runtimeId") REFERENCES "Runtime" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RuntimeFormat_formatId_fkey" FOREIGN KEY ("formatId") REFERENCES "QuantFormat" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Measurement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "hardwareId" INTEGER NOT NULL,
    "deviceCount" INTEGER NOT NULL DEFAULT 1,
    "modelId" INTEGER NOT NULL,
    "formatId" INTEGER NOT NULL,
    "runtimeId" INTEGER NOT NULL,
    "backend" TEXT NOT NULL,
    "promptTokens" INTEGER,
    "depthTokens" INTEGER NOT NULL DEFAULT 0,
    "contextTokens" INTEGER,
    "promptTokensPerSec" REAL,
    "generationTokensPerSec" REAL,
    "memoryBytes" REAL,
    "settings" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT NOT NULL,
    "verifiedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Measurement_hardwareId_fkey" FOREIGN KEY ("hardwareId") REFERENCES "Hardware" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Measurement_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Measurement_formatId_fkey" FOREIGN KEY ("formatId") REFERENCES "QuantFormat" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Measurement_runtimeId_fkey" FOREIGN KEY ("runtimeId") REFERENCES "Runtime" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Model_slug_key" ON "Model"("slug");

-- CreateIndex
CREATE INDEX "Model_family_idx" ON "Model"("family");

-- CreateIndex
CREATE UNIQUE INDEX "ModelStrength_modelId_useCase_key" ON "ModelStrength"("modelId", "useCase");

-- CreateIndex
CREATE UNIQUE INDEX "QuantFormat_name_key" ON "QuantFormat"("name");

-- CreateIndex
CREATE UNIQUE INDEX "QuantFormat_slug_key" ON "QuantFormat"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Artifact_slug_key" ON "Artifact"("slug");

-- CreateIndex
CREATE INDEX "Artifact_modelId_idx" ON "Artifact"("modelId");

-- CreateIndex
CREATE INDEX "Artifact_formatId_idx" ON "Artifact"("formatId");

-- CreateIndex
CREATE UNIQUE INDEX "Hardware_slug_key" ON "Hardware"("slug");

-- CreateIndex
CREATE INDEX "Hardware_kind_idx" ON "Hardware"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Runtime_slug_key" ON "Runtime"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Measurement_key_key" ON "Measurement"("key");

-- CreateIndex
CREATE INDEX "Measurement_hardwareId_idx" ON "Measurement"("hardwareId");

-- CreateIndex
CREATE INDEX "Measurement_modelId_idx" ON "Measurement"("modelId");
