// Per-client token buckets (POST /api/v1/estimate): each key holds up to `capacity` tokens,
// refilled continuously at `refillPerMinute`; a request takes as many tokens as it costs, or gets
// 429 with the seconds until it could. In memory, per process: with N instances behind a load
// balancer a client gets up to N times the rate (docs/deploy.md). Keys beyond `maxKeys` are
// forgotten least recently used first, so a flood of addresses cannot grow the map without bound.

export interface TokenBucketOptions {
  capacity: number;
  refillPerMinute: number;
  maxKeys?: number;
  clock?: () => number;
}

export type Take = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly capacity: number;
  private readonly perMs: number;
  private readonly maxKeys: number;
  private readonly clock: () => number;

  constructor(options: TokenBucketOptions) {
    this.capacity = options.capacity;
    this.perMs = options.refillPerMinute / 60_000;
    this.maxKeys = options.maxKeys ?? 50_000;
    this.clock = options.clock ?? Date.now;
  }

  /** Takes `cost` tokens from `key`'s bucket when it has them. */
  take(key: string, cost = 1): Take {
    const now = this.clock();
    const held = this.buckets.get(key);
    const tokens = held ? Math.min(this.capacity, held.tokens + (now - held.at) * this.perMs) : this.capacity;
    // Most recently used last: the first key is the one to forget.
    this.buckets.delete(key);
    if (tokens < cost) {
      this.buckets.set(key, { tokens, at: now });
      const missing = Math.min(cost, this.capacity) - tokens;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(missing / this.perMs / 1000)) };
    }
    this.buckets.set(key, { tokens: tokens - cost, at: now });
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    return { ok: true, remaining: Math.floor(tokens - cost) };
  }

  get size(): number {
    return this.buckets.size;
  }
}
