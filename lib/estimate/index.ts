// Public surface of the estimator. Pure TypeScript: imports only zod and relative modules, so it
// can run in the browser calculator as well as on the server.

export * from './types';
export { estimate } from './estimate';
export { parseEstimateRequest, runEstimateRequests, formatPath, type ParseResult, type RequestError, type RunResult } from './request';
export { QUANT_FORMATS, COMMON_GGUF_QUANTS, pickableQuants, GGML_TYPES, normalizeQuant, ggmlBits, ggufTensorType, type QuantFormat, type GgmlType } from './formats';
export { fileBytesFor, bitsPerWeightFor, weightComposition, totalParamsFromShapes, type WeightComposition } from './weights';
export { kvCacheBytes, kvBytesPerTokenPerLayer, kvLayout, KV_BYTES_PER_ELEMENT } from './kv-cache';
export { metalWorkingSetCapBytes, llamaCppComputeBytes } from './overhead';
export { qualityFor, effectiveQualityScore, effectiveParams, relativeLoss, qualityLabel } from './quality';
export { BACKEND_PARAMS, backendFor, type Backend, type BackendParams } from './backends';
export { longestContextFor } from './context-search';
export { buildEstimateInput, estimateChoice, publishedFileFor, PUBLISHED_SIZE_RULE, defaultRuntimeFor, DEFAULT_HOST_MEMORY_BYTES, type Choice, type ChoiceModel, type PublishedFile, type BuiltChoice } from './choice';
export { RUNTIME_DEFAULTS, type RuntimeDefaults } from './runtime-defaults';
export { computeAccuracy, type AccuracyReport, type AccuracyRows } from './accuracy';
export { flashAttentionOf } from './accuracy-fixtures';
