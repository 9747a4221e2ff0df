// Session and sign-in limits, in one place so the README, the code and the tests agree.

/** `__Host-`: the browser only accepts it with Secure, Path=/ and no Domain, so no subdomain can plant or read it. */
export const SESSION_COOKIE = '__Host-quantwise_session';
/** A session unused for this long is dead (sliding). */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** No session outlives this, however active. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reads do not each cost a write. */
export const SESSION_TOUCH_MS = 60 * 1000;

/** Failed sign-ins counted over this window. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** After this many failures for one email in the window, further attempts get 429. */
export const LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;
/** After this many failures from one IP in the window, further attempts get 429. */
export const LOGIN_MAX_FAILURES_PER_IP = 20;

export const ROLES = ['admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
