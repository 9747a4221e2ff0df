import { hashPassword } from '@/lib/auth/password';
import { contextWords, passwordWeakness } from '@/lib/auth/password-strength';
import type { PrismaClient } from '@/lib/prisma-client';
import { createUserInputSchema } from '@/lib/schemas/admin';

// Used by `npm run admin:create` and the ADMIN_EMAIL/ADMIN_PASSWORD bootstrap (no request, no
// actor: whoever runs the CLI already holds the database file).

export type CreateAccountResult = { status: 'created' | 'updated' | 'exists'; email: string };

export async function createAccount(prisma: PrismaClient, input: { email: string; password: string; role: string }, options: { resetPassword?: boolean } = {}): Promise<CreateAccountResult> {
  const parsed = createUserInputSchema.safeParse(input);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const { email, password, role } = parsed.data;
  const weakness = passwordWeakness(password, contextWords(email));
  if (weakness) throw new Error(`password: ${weakness}`);
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (existing && !options.resetPassword) return { status: 'exists', email };
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    if (existing) {
      await tx.user.update({ where: { id: existing.id }, data: { passwordHash, role, disabledAt: null } });
      await tx.session.deleteMany({ where: { userId: existing.id } });
      await tx.knownDevice.deleteMany({ where: { userId: existing.id } });
    } else {
      await tx.user.create({ data: { email, passwordHash, role } });
    }
    await tx.auditLog.create({ data: { action: existing ? 'user.update' : 'user.create', entity: 'users', entityKey: email, actorEmail: '(cli)', after: JSON.stringify({ email, role, disabled: false }) } });
  });
  return { status: existing ? 'updated' : 'created', email };
}
