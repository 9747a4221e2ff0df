// Catalog domain types: what pages, the estimator adapters and the wizards see. They are the
// records of lib/schemas/catalog.ts (the seed files' shape) plus what joins add, so a field added
// to a record reaches every page without another type to edit. lib/catalog/records.ts builds them.
import type { FormatFamily } from '@/lib/enums';
import type { ArtifactRecord, FormatRecord, HardwareRecord, MeasurementRecord, ModelRecord } from '@/lib/schemas/catalog';

/** A model for the list page: what it filters and shows, its context length lifted up, and the formats it ships in. */
export type ModelSummary = Pick<ModelRecord, 'slug' | 'name' | 'family' | 'publisher' | 'releaseDate' | 'license' | 'totalParams' | 'activeParams' | 'modalities' | 'strengths' | 'ollamaTag'> & {
  /** The native window the published config serves (a documented extension is on the model page). */
  contextLength: number;
  formats: string[];
};

/** An artifact with its format's family and bits per weight. */
export type ArtifactSummary = ArtifactRecord & { formatFamily: FormatFamily; bitsPerWeight: number };

export type ModelDetail = ModelRecord & { artifacts: ArtifactSummary[]; measurements: MeasurementSummary[] };

export type FormatSummary = FormatRecord;

export type HardwareSummary = HardwareRecord;

/** A measurement with its model's and its device's display names. */
export type MeasurementSummary = MeasurementRecord & { modelName: string; hardwareName: string };

export type HardwareDetail = HardwareSummary & { measurements: MeasurementSummary[] };
