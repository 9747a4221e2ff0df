import { requirePageActor } from '@/lib/auth/request';
import { listUsers } from '@/lib/data/admin/users';
import { CreateUserForm, UserRow } from '@/components/admin/user-forms';
import { ScrollTable } from '@/components/ui/scroll-table';

export default async function UsersPage() {
  const actor = await requirePageActor('admin');
  const users = await listUsers(actor);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">Users</h1>
      <CreateUserForm />
      <ScrollTable label="Users">
        <table className="data">
          <thead><tr><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col">Actions</th></tr></thead>
          <tbody>{users.map((u) => <UserRow key={u.id} user={u} />)}</tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
