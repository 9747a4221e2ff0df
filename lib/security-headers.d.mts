// Types for security-headers.mjs (plain JS: the Next config loads it before anything is compiled).
export const securityHeaders: { key: string; value: string }[];
