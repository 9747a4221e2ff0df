// `npm run admin:create -- --email you@example.com [--password …] [--role admin|editor|viewer] [--reset]`
// creates a staff account (no public sign-up). Without --password it prompts (hidden input).
// `--from-env` (run by db:setup): creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD when
// both are set and that account does not exist yet; does nothing otherwise.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { createAccount } from '@/lib/data/auth/accounts';
import { createPrismaClient } from '@/lib/prisma-client';
import { DEFAULT_DATABASE_URL } from './lib/database-url.ts';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    password: { type: 'string' },
    role: { type: 'string', default: 'admin' },
    reset: { type: 'boolean', default: false },
    'from-env': { type: 'boolean', default: false },
  },
});

async function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error('no --password given and no terminal to ask on');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  const original = output._writeToOutput.bind(rl);
  let asked = false;
  output._writeToOutput = (s: string) => (asked ? undefined : original(s));
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    asked = true;
  });
}

let email = values.email;
let password = values.password;
let role = values.role ?? 'admin';
if (values['from-env']) {
  email = process.env.ADMIN_EMAIL;
  password = process.env.ADMIN_PASSWORD;
  role = 'admin';
  if (!email || !password) process.exit(0);
}
if (!email) {
  console.error('usage: npm run admin:create -- --email you@example.com [--password …] [--role admin|editor|viewer] [--reset]');
  process.exit(2);
}
password ??= await promptHidden(`Password for ${email}: `);

const prisma = createPrismaClient(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
try {
  const result = await createAccount(prisma, { email, password, role }, { resetPassword: values.reset });
  const said = { created: `Created ${result.email} (${role}).`, updated: `Reset ${result.email} (${role}); its sessions were ended.`, exists: `${result.email} already has an account (use --reset to set a new password).` };
  console.log(said[result.status]);
} catch (error) {
  console.error(`admin:create: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
