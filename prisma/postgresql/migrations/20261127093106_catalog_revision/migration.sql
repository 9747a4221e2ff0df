-- CreateTable
CREATE TABLE "CatalogRevision" (
    "id" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogRevision_pkey" PRIMARY KEY ("id")
);

-- The single row every catalog write bumps (lib/data/catalog-revision-bump.ts), present from the start
-- so concurrent first writes update it rather than race to create it.
INSERT INTO "CatalogRevision" ("id", "revision") VALUES (1, 0);
