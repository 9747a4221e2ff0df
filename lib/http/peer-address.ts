import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { setPeerHeaderName } from '@/lib/http/client-address';

// Records each request's TCP peer before Next sees the request (see lib/http/client-address.ts
// for why): the HTTP servers of this process get an `emit` that, for every 'request' event, writes
// {peer, forwardedFor} into a header named `x-quantwise-peer-<random>`. The name is random per
// process and never sent to a client, so no request can carry a forged one. Installed once by
// instrumentation.ts, before the server answers its first request.

const INSTALLED = Symbol.for('quantwise.peerHookInstalled');

type Emit = (event: string | symbol, ...args: unknown[]) => boolean;

export function installPeerAddressHook(): void {
  const flags = globalThis as Record<symbol, unknown>;
  if (flags[INSTALLED]) return;
  flags[INSTALLED] = true;
  const name = `x-quantwise-peer-${randomBytes(12).toString('hex')}`;
  setPeerHeaderName(name);
  for (const prototype of [http.Server.prototype, https.Server.prototype] as unknown as { emit: Emit }[]) {
    const original = prototype.emit;
    prototype.emit = function emit(this: unknown, event: string | symbol, ...args: unknown[]): boolean {
      if (event === 'request') {
        const request = args[0] as http.IncomingMessage;
        const forwarded = request.headers['x-forwarded-for'];
        request.headers[name] = JSON.stringify({
          peer: request.socket?.remoteAddress ?? null,
          forwardedFor: Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? null),
        });
      }
      return original.call(this, event, ...args);
    };
  }
}
