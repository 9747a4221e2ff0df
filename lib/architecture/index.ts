// Public surface of the architecture model: the record, its accounting, its caches, the
// config.json parser and the consistency check. Pure TypeScript (zod and relative imports only).

export * from './kinds';
export { parsePattern, formatPattern, MAX_PATTERN_LENGTH, type PatternResult } from './pattern';
export * from './schema';
export { expandLayers, resolvedLayers, COMPRESSED_INDEXER_RATIO, type ResolvedLayer, type ResolvedMixer, type ResolvedFfn, type ResolvedAttention } from './layers';
export { modelTensors, tensorParams, type TensorSpec } from './tensors';
export { paramCounts, tensorsOf, type ParamCounts } from './params';
export { cacheProfile, cacheBytes, V4_PACKED_ENTRY_BYTES, type CacheProfile, type CacheSize, type LayerCache, type CacheOptions, type CacheSizeOptions } from './cache';
export { runtimeParts, type PartLoad, type PartPlacement } from './runtime-parts';
export { checkConsistency, CONSISTENCY_TOLERANCE, type ConsistencyResult } from './consistency';
export { parseHfConfig, parseHfConfigText, replaceNonFiniteLiterals, SUPPORTED_MODEL_TYPES, MAX_CONFIG_TEXT, type ParseHfConfigResult } from './hf/parse';
