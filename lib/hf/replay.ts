// Recorded Hub responses played back as a fetch: the one way tests and the e2e server reach
// "Hugging Face" (fixtures/hf-hub, sources in SOURCES.csv). Pure: the recordings are handed in
// already read; anything not recorded fails the way a dead network does, so the offline message
// is what an unrecorded request shows.

import { z } from 'zod';

const interactionSchema = z
  .object({
    request: z.object({ method: z.literal('GET'), url: z.url({ protocol: /^https$/ }) }).strict(),
    response: z
      .object({
        status: z.number().int().min(100).max(599),
        headers: z.record(z.string(), z.string()),
        body: z.string().optional(),
        /** A body kept in a file of its own, relative to the recording. */
        bodyFile: z.string().min(1).max(300).optional(),
      })
      .strict()
      .refine((r) => r.body === undefined || r.bodyFile === undefined, 'a response has body or bodyFile, not both'),
  })
  .strict();

/** One recording file: where it comes from and the request/response pairs it holds. */
export const recordingSchema = z.object({ source: z.string().min(1), interactions: z.array(interactionSchema).min(1) }).strict();

export type Recording = z.infer<typeof recordingSchema>;

export interface Interaction {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A tree listing is matched without its query: the recorded listings are of folder-less repos,
 * where the recursive listing the client asks for equals the recorded one.
 */
function matchKey(url: string): string {
  return url.includes('/tree/') ? url.split('?')[0]! : url;
}

/** Plays `interactions` back; follows recorded redirects as fetch does; `requested` lists every URL asked for. */
export function replayFetch(interactions: readonly Interaction[]): { fetch: typeof fetch; requested: string[] } {
  const requested: string[] = [];
  const answer = async (url: string, hops = 0): Promise<Response> => {
    requested.push(url);
    const hit = interactions.find((i) => matchKey(i.url) === matchKey(url));
    if (!hit) throw new TypeError(`fetch failed (no recording for ${url})`);
    const { status, headers, body } = hit;
    if (status >= 300 && status < 400 && headers.location && hops < 5) return answer(new URL(headers.location, url).toString(), hops + 1);
    return new Response(status === 204 || status === 304 ? null : body, { status, headers });
  };
  return { fetch: ((input: RequestInfo | URL) => answer(input instanceof Request ? input.url : String(input))) as typeof fetch, requested };
}

/** A recording's interactions with their bodies, `readBody` reading a bodyFile. */
export function interactionsOf(recording: Recording, readBody: (file: string) => string): Interaction[] {
  return recording.interactions.map((i) => ({
    url: i.request.url,
    status: i.response.status,
    headers: i.response.headers,
    body: i.response.bodyFile !== undefined ? readBody(i.response.bodyFile) : (i.response.body ?? ''),
  }));
}
