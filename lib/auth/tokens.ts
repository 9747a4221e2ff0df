import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: what the cookie holds. */
export function generateSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The session id stored in the database: SHA-256 of the token, so the table alone cannot sign anyone in. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
