// The recommender: "What can I run?", "What do I need?", compare, and copy-paste commands.

export * from './types';
export { recommend } from './recommend';
export { planHardware } from './hardware-plan';
export { compare } from './compare';
export { validateCommand } from './command-check';
export { deviceSpecOf, machineSpec } from './hardware';
export { estimatedDecodeFor } from './measured';
