import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentActor } from '@/lib/auth/request';
import { LoginForm } from '@/components/admin/login-form';
import { adminReturnPath } from '@/lib/schemas/admin';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = adminReturnPath((await searchParams).next);
  if (await currentActor()) redirect(next);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">Staff sign-in</h1>
      <LoginForm next={next} />
    </div>
  );
}
