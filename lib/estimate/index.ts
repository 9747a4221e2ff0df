// Public surface of the estimator: what pages, the recommender, the API and the CLI use. Pure
// TypeScript: imports only zod and relative modules, so it runs in the browser calculator as well
// as on the server. Start from estimateChoice (choice.ts): the one way to ask for an estimate.

export * from './types';
export { runEstimateRequests } from './request';
export { QUANT_FORMATS, COMMON_GGUF_QUANTS, normalizeQuant } from './formats';
export { totalParamsFromShapes } from './weights';
export { metalWorkingSetCapBytes, METAL_WORKING_SET_RULE, APPLE_OS_RESERVE_BYTES, DISPLAY_RESERVE_BYTES } from './overhead';
export { ASSUMED_HOST_BANDWIDTH_GBPS, deviceCompute, type ComputeBasis } from './backends';
export { CLUSTER_LINK_FACTS } from './cluster-link';
export { effectiveQualityScore } from './quality';
export { estimateChoice, publishedFileFor, defaultRuntimeFor, PUBLISHED_SIZE_RULE, DEFAULT_HOST_MEMORY_BYTES, type Choice } from './choice';
export { flashAttentionOf } from './accuracy-fixtures';
export { modelShapeProblem } from './shape-limits';
