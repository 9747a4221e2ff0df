// Starts `next start` on a loopback port for benchmarks and waits until /api/health answers.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Whether nothing listens on 127.0.0.1:port (a leftover server there would answer our health checks). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

export async function startServer(port: number, env: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync('.next/BUILD_ID')) throw new Error('No production build: run "npm run build" first.');
  if (!(await portIsFree(port))) throw new Error(`Port ${port} is in use: stop what listens there, or set BENCH_PORT.`);
  const child: ChildProcess = spawn('npx', ['--no-install', 'next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? 1));
  const deadline = Date.now() + 60_000;
  let lastAnswer = 'no answer';
  for (;;) {
    if (exited !== null) throw new Error(`next start on ${url} exited with ${exited} before it became healthy`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
      lastAnswer = `${response.status} ${await response.text()}`;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      // A child left running would keep this process (and the benchmark) alive.
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      throw new Error(`server on ${url} did not become healthy in 60 s (last /api/health: ${lastAnswer.slice(0, 300)}); is the database migrated (npm run db:migrate)?`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: async () => {
      if (exited !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      await gone;
    },
  };
}
