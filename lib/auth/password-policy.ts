// Password length policy (NIST SP 800-63B: length over composition rules). Separate from
// password.ts so the zod schemas can import it without the native argon2 module.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
