import { requirePageActor } from '@/lib/auth/request';
import { ChangePasswordForm } from '@/components/admin/user-forms';

export default async function AccountPage() {
  const actor = await requirePageActor('viewer');
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">Your account</h1>
      <p className="mb-4">{actor.email} ({actor.role})</p>
      <ChangePasswordForm />
    </div>
  );
}
