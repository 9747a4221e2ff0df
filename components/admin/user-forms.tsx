'use client';

import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { changeOwnPasswordAction, createUserAction, updateUserAction } from '@/lib/actions/admin/users';
import type { UserResult, UserSummary } from '@/lib/data/admin/users';

const input = 'rounded border px-2 py-1';

function useResult() {
  const [result, setResult] = useState<UserResult | null>(null);
  const [pending, startTransition] = useTransition();
  return { result, setResult, pending, startTransition };
}

function ResultLine({ result }: { result: UserResult | null }) {
  return <p role="status" aria-live="polite" className={result && !result.ok ? 'text-red-700 dark:text-red-400' : ''}>{result?.message ?? ''}{result && !result.ok ? Object.entries(result.fieldErrors).map(([k, v]) => ` ${k}: ${v}.`).join('') : ''}</p>;
}

export function CreateUserForm() {
  const router = useRouter();
  const { result, setResult, pending, startTransition } = useResult();
  return (
    <form
      aria-label="Create user"
      className="mb-8 flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        startTransition(async () => {
          const r = await createUserAction({ email: String(data.get('email') ?? ''), password: String(data.get('password') ?? ''), role: String(data.get('role') ?? '') });
          setResult(r);
          if (r.ok) {
            form.reset();
            router.refresh();
          }
        });
      }}
    >
      <label>Email <input name="email" type="email" className={input} required /></label>
      <label>Password <input name="password" type="password" autoComplete="new-password" className={input} required minLength={12} /></label>
      <label>Role <select name="role" className={input} defaultValue="editor"><option>editor</option><option>viewer</option><option>admin</option></select></label>
      <button type="submit" disabled={pending} className="rounded border px-3 py-1">Create user</button>
      <ResultLine result={result} />
    </form>
  );
}

export function UserRow({ user }: { user: UserSummary }) {
  const router = useRouter();
  const { result, setResult, pending, startTransition } = useResult();
  // A role change and a new password each take a second, explicit step: nothing applies on a stray click.
  const [role, setRole] = useState(user.role);
  const [settingPassword, setSettingPassword] = useState(false);
  const update = (change: { role?: string; disabled?: boolean; password?: string }) =>
    startTransition(async () => {
      const r = await updateUserAction({ userId: user.id, ...change });
      setResult(r);
      if (r.ok) {
        setSettingPassword(false);
        router.refresh();
      }
    });
  const passwordId = `password-${user.id}`;
  return (
    <tr>
      <th scope="row">{user.email}</th>
      <td>
        <select aria-label={`Role of ${user.email}`} value={role} disabled={pending} onChange={(e) => setRole(e.target.value as typeof role)} className={input}>
          <option>admin</option><option>editor</option><option>viewer</option>
        </select>
        {role !== user.role ? (
          <span className="mt-1 flex flex-wrap gap-2 text-sm">
            <button type="button" className="min-h-6 rounded border px-2 py-0.5" disabled={pending} onClick={() => update({ role })}>Make {user.email} {role === 'admin' ? 'an' : 'a'} {role}</button>
            <button type="button" className="min-h-6 rounded border px-2 py-0.5" onClick={() => setRole(user.role)}>Cancel</button>
          </span>
        ) : null}
      </td>
      <td>{user.disabled ? 'disabled' : 'active'} · {user.activeSessions} session(s)</td>
      <td>
        <button type="button" className="min-h-6 rounded border px-2 py-0.5" disabled={pending} onClick={() => update({ disabled: !user.disabled })}>{user.disabled ? 'Enable' : 'Disable'}</button>{' '}
        {settingPassword ? (
          <form
            className="mt-1 flex flex-wrap items-end gap-2"
            aria-label={`New password for ${user.email}`}
            onSubmit={(event) => {
              event.preventDefault();
              update({ password: String(new FormData(event.currentTarget).get('password') ?? '') });
            }}
          >
            <label htmlFor={passwordId} className="flex flex-col text-sm">New password ({PASSWORD_MIN_LENGTH}+ characters)
              <input id={passwordId} name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} className={input} />
            </label>
            <button type="submit" className="min-h-6 rounded border px-2 py-0.5" disabled={pending}>Save password</button>
            <button type="button" className="min-h-6 rounded border px-2 py-0.5" onClick={() => setSettingPassword(false)}>Cancel</button>
          </form>
        ) : (
          <button type="button" className="min-h-6 rounded border px-2 py-0.5" disabled={pending} onClick={() => setSettingPassword(true)}>Set password…</button>
        )}
        <ResultLine result={result} />
      </td>
    </tr>
  );
}

export function ChangePasswordForm() {
  const router = useRouter();
  const { result, setResult, pending, startTransition } = useResult();
  return (
    <form
      aria-label="Change password"
      className="max-w-sm"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(async () => {
          const r = await changeOwnPasswordAction({ currentPassword: String(data.get('currentPassword') ?? ''), newPassword: String(data.get('newPassword') ?? '') });
          setResult(r);
          if (r.ok) router.replace('/admin/login');
        });
      }}
    >
      <label className="block">Current password <input name="currentPassword" type="password" autoComplete="current-password" className={`${input} w-full`} required /></label>
      <label className="block">New password <input name="newPassword" type="password" autoComplete="new-password" className={`${input} w-full`} required minLength={12} /></label>
      <button type="submit" disabled={pending} className="mt-2 rounded border px-3 py-1">Change password</button>
      <ResultLine result={result} />
    </form>
  );
}
