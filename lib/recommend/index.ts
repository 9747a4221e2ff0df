// The recommender: "What can I run?", "What do I need?", compare, and copy-paste commands.

export * from './types';
export { recommend } from './recommend';
export { planHardware } from './hardware-plan';
export { compare, MAX_COMPARED } from './compare';
export { generateCommands, tensorSplit, exoCommands, type ArtifactSources, type CommandTarget } from './commands';
export { validateCommand, shellWords, type CommandCheck } from './command-check';
export { TOOL_COMMANDS } from './command-table';
export { feelFor, speedScore, qualityScore, qualityNote, FEEL_THRESHOLDS, TOO_SLOW_TOKENS_PER_SEC } from './score';
export { POPULAR_LARGE_MODELS } from './explain';
export { deviceSpecOf, machineSpec, profileFacts } from './hardware';
