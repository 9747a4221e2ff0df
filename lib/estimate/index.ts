// Public surface of the estimator. Pure TypeScript: imports only zod and relative modules, so it
// can run in the browser calculator as well as on the server.

export * from './types';
export { estimate } from './estimate';
export { modelShapeProblem, ShapeRangeError, type ShapeProblem } from './shape-limits';
export { parseEstimateRequest, runEstimateRequests, formatPath, type ParseResult, type RequestError, type RunResult } from './request';
export { QUANT_FORMATS, GGML_TYPES, normalizeQuant, ggmlBits, ggufTensorType, type QuantFormat, type QuantFamily, type GgmlType } from './formats';
export { fileBytesFor, bitsPerWeightFor, weightComposition, totalParamsFromShapes, type WeightComposition } from './weights';
export { kvCacheBytes, kvBytesPerTokenPerLayer, kvLayout, KV_BYTES_PER_ELEMENT } from './kv-cache';
export { metalWorkingSetCapBytes, llamaCppComputeBytes } from './overhead';
export { qualityFor, effectiveQualityScore, effectiveParams, relativeLoss, qualityLabel } from './quality';
export { BACKENDS, backendFor, type Backend, type BackendParams } from './speed';
export { maxContextTokensFor as maxContextTokens } from './max-context';
export { computeAccuracy, type AccuracyReport, type AccuracyRows } from './accuracy';
