'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';


/** `next`: the admin page to return to (already checked by adminReturnPath), e.g. the form whose session ended. */
export function LoginForm({ next = '/admin' }: { next?: string }) {
  const router = useRouter();
  const [message, setMessage] = useState('');
  const [pending, startTransition] = useTransition();
  // Disabled until interactive: before hydration a click would submit the bare form as a GET, password in the URL.
  const hydrated = useHydrated();
  return (
    <form
      aria-label="Sign in"
      className="max-w-sm"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(async () => {
          const response = await fetch('/api/admin/login', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: data.get('email'), password: data.get('password') }),
          });
          if (response.ok) {
            router.replace(next);
            router.refresh();
            return;
          }
          const body = (await response.json().catch(() => ({}))) as { message?: string };
          setMessage(body.message ?? `Sign-in failed (${response.status}).`);
        });
      }}
    >
      <label htmlFor="email" className="block text-sm font-medium">Email</label>
      <input id="email" name="email" type="email" autoComplete="username" required className="mb-3 w-full rounded border px-2 py-1" />
      <label htmlFor="password" className="block text-sm font-medium">Password</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required className="mb-3 w-full rounded border px-2 py-1" />
      <p role="alert" className="mb-2 text-red-700 dark:text-red-400">{message}</p>
      <button type="submit" disabled={!hydrated || pending} className="rounded border border-zinc-400 px-3 py-1 font-medium">Sign in</button>
    </form>
  );
}
