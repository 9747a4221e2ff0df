// Session and sign-in limits, in one place so the README, the code and the tests agree.

/** `__Host-`: the browser only accepts it with Secure, Path=/ and no Domain, so no subdomain can plant or read it. */
export const SESSION_COOKIE = '__Host-quantwise_session';
/** A session unused for this long is dead (sliding). */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** No session outlives this, however active. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reads do not each cost a write. */
export const SESSION_TOUCH_MS = 60 * 1000;

/** Per-IP failures are counted over this window; it is also the per-account backoff's ceiling. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failures one account may have (since its last success) before each further attempt must wait. */
export const LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;
/** The first wait after those failures; it doubles with each further failure, up to LOGIN_WINDOW_MS. */
export const LOGIN_BACKOFF_BASE_MS = 30 * 1000;
/** An account's failures are remembered this long (and forgotten at its next success). */
export const LOGIN_ACCOUNT_MEMORY_MS = 24 * 60 * 60 * 1000;
/** After this many failures from one client address in LOGIN_WINDOW_MS, its attempts get 429. */
export const LOGIN_MAX_FAILURES_PER_IP = 20;

/** Set on a browser after a successful sign-in: it skips its account's backoff and the IP limit (lib/auth/login.ts). */
export const DEVICE_COOKIE = '__Host-quantwise_device';
/** A known device is forgotten this long after its last successful sign-in. */
export const DEVICE_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** Wrong passwords a known device may send (since its last success) before it is forgotten. */
export const DEVICE_MAX_FAILURES = 5;
/** Known devices kept per account (the most recently used). */
export const DEVICES_PER_USER = 10;

/** Wrong current passwords one account may give "change my password" in LOGIN_WINDOW_MS. */
export const PASSWORD_CHANGE_MAX_FAILURES = 5;

export const ROLES = ['admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
