import type { Role } from '@/lib/auth/config';

// Who is acting. Only lib/data/auth/sessions.ts makes one (from a valid session), and every admin data
// function takes one and checks its role itself, so no page, action or script can skip the check.

declare const actorBrand: unique symbol;

export interface Actor {
  readonly userId: number;
  readonly email: string;
  readonly role: Role;
  readonly sessionId: string;
  readonly ip: string | null;
  readonly [actorBrand]: true;
}

export class AuthorizationError extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = 'AuthorizationError';
  }
}

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** Throws 401 without an actor, 403 when the actor's role is below `role`. */
export function assertRole(actor: Actor | null | undefined, role: Role): asserts actor is Actor {
  if (!actor) throw new AuthorizationError(401, 'Sign in first.');
  const rank = Object.hasOwn(RANK, actor.role) ? RANK[actor.role] : -1;
  if (rank < RANK[role]) throw new AuthorizationError(403, `This needs the ${role} role.`);
}

export const canEdit = (actor: Actor) => actor.role === 'editor' || actor.role === 'admin';

/** For lib/data/auth/sessions.ts only: brands a validated session as an Actor. */
export function makeActor(fields: Omit<Actor, typeof actorBrand>): Actor {
  return Object.freeze({ ...fields }) as Actor;
}
