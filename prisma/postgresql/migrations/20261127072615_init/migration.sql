-- CreateTable
CREATE TABLE "Model" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "releaseDate" TIMESTAMP(3),
    "license" TEXT NOT NULL,
    "licenseUrl" TEXT,
    "totalParams" DOUBLE PRECISION NOT NULL,
    "activeParams" DOUBLE PRECISION NOT NULL,
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
    "projectorBytes" DOUBLE PRECISION,
    "modalities" TEXT NOT NULL,
    "huggingFaceRepo" TEXT,
    "ollamaTag" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelStrength" (
    "id" SERIAL NOT NULL,
    "modelId" INTEGER NOT NULL,
    "useCase" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "sourceUrl" TEXT NOT NULL,

    CONSTRAINT "ModelStrength_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuantFormat" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "bitsPerWeight" DOUBLE PRECISION NOT NULL,
    "bitsExact" BOOLEAN NOT NULL,
    "description" TEXT NOT NULL,
    "qualityLossPct" DOUBLE PRECISION,
    "qualityMetric" TEXT,
    "qualitySourceUrl" TEXT,
    "sourceUrl" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuantFormat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Artifact" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "modelId" INTEGER NOT NULL,
    "formatId" INTEGER NOT NULL,
    "publisher" TEXT NOT NULL,
    "fileBytes" DOUBLE PRECISION,
    "fileBytesSourceUrl" TEXT,
    "huggingFaceRepo" TEXT,
    "huggingFaceFile" TEXT,
    "ollamaTag" TEXT,
    "lmStudioId" TEXT,
    "sourceUrl" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Artifact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Hardware" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "vendor" TEXT NOT NULL,
    "memoryBytes" DOUBLE PRECISION NOT NULL,
    "memoryType" TEXT,
    "bandwidthGBps" DOUBLE PRECISION NOT NULL,
    "fp16Tflops" DOUBLE PRECISION,
    "backend" TEXT NOT NULL,
    "launchPriceUsd" DOUBLE PRECISION,
    "year" INTEGER,
    "cores" INTEGER,
    "notes" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Hardware_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Runtime" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "homepageUrl" TEXT NOT NULL,
    "platforms" TEXT NOT NULL,
    "backends" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Runtime_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuntimeFormat" (
    "runtimeId" INTEGER NOT NULL,
    "formatId" INTEGER NOT NULL,

    CONSTRAINT "RuntimeFormat_pkey" PRIMARY KEY ("runtimeId","formatId")
);

-- CreateTable
CREATE TABLE "Measurement" (
    "id" SERIAL NOT NULL,
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
    "promptTokensPerSec" DOUBLE PRECISION,
    "generationTokensPerSec" DOUBLE PRECISION,
    "memoryBytes" DOUBLE PRECISION,
    "settings" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "ModelStrength" ADD CONSTRAINT "ModelStrength_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Artifact" ADD CONSTRAINT "Artifact_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Artifact" ADD CONSTRAINT "Artifact_formatId_fkey" FOREIGN KEY ("formatId") REFERENCES "QuantFormat"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuntimeFormat" ADD CONSTRAINT "RuntimeFormat_runtimeId_fkey" FOREIGN KEY ("runtimeId") REFERENCES "Runtime"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuntimeFormat" ADD CONSTRAINT "RuntimeFormat_formatId_fkey" FOREIGN KEY ("formatId") REFERENCES "QuantFormat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_hardwareId_fkey" FOREIGN KEY ("hardwareId") REFERENCES "Hardware"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_formatId_fkey" FOREIGN KEY ("formatId") REFERENCES "QuantFormat"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_runtimeId_fkey" FOREIGN KEY ("runtimeId") REFERENCES "Runtime"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
