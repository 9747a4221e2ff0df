'use server';

import { authorizeAction, refuse } from '@/lib/auth/request';
import { changeOwnPassword, createUser, updateUser, type UserResult } from '@/lib/data/admin/users';

export async function createUserAction(input: unknown): Promise<UserResult> {
  const actor = await authorizeAction('admin');
  return createUser(actor, input).catch(refuse);
}

export async function updateUserAction(input: unknown): Promise<UserResult> {
  const actor = await authorizeAction('admin');
  return updateUser(actor, input).catch(refuse);
}

export async function changeOwnPasswordAction(input: unknown): Promise<UserResult> {
  const actor = await authorizeAction('viewer');
  return changeOwnPassword(actor, input).catch(refuse);
}
