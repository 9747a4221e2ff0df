import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { AuthorizationError } from '@/lib/auth/actor';
import { SESSION_COOKIE } from '@/lib/auth/config';
import { checkSameOriginHeaders } from '@/lib/auth/origin';
import { clientIp } from '@/lib/auth/request';
import { validateSessionToken } from '@/lib/data/auth/sessions';
import { revalidateCatalogPages } from '@/lib/revalidate-catalog';
import { importCatalog } from '@/lib/data/admin/import';
import { MAX_IMPORT_BYTES } from '@/lib/schemas/admin';

export const dynamic = 'force-dynamic';

// A route handler rather than a server action: a whole-catalog file is close to a megabyte
// already, and Next.js caps action bodies at 1 MB for every action, public ones included.

const json = (status: number, body: object) => NextResponse.json(body, { status, headers: { 'cache-control': 'no-store' } });
const querySchema = z.object({ dryRun: z.enum(['1', '0'], { error: 'dryRun must be 1 (preview) or 0 (apply)' }) });
const MAX_MB = MAX_IMPORT_BYTES / 1024 / 1024;

/** The body's bytes, or null when it is longer than `limit` bytes (stops reading there). */
async function readLimited(request: NextRequest, limit: number): Promise<Buffer | null> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return null;
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * POST the catalog file (an Export) as the body, `?dryRun=1` to see the changes, `?dryRun=0` to
 * apply them in one transaction. Editors only, same origin only. 200 with the result, 422 when
 * the file has problems (each named by its path), 400/401/403/413 for a bad request.
 */
export async function POST(request: NextRequest) {
  if (!checkSameOriginHeaders(request.headers, request.nextUrl.protocol).ok) return json(403, { message: 'Cross-origin request refused.' });
  const actor = await validateSessionToken(request.cookies.get(SESSION_COOKIE)?.value, clientIp(request.headers));
  if (!actor) return json(401, { message: 'Sign in first.' });
  const query = querySchema.safeParse({ dryRun: request.nextUrl.searchParams.get('dryRun') ?? undefined });
  if (!query.success) return json(400, { message: query.error.issues[0]!.message, errors: [{ path: 'dryRun', message: query.error.issues[0]!.message }] });

  const bytes = await readLimited(request, MAX_IMPORT_BYTES);
  if (bytes === null) return json(413, { message: `The file is larger than ${MAX_MB} MB.`, errors: [{ path: '(file)', message: `at most ${MAX_MB} MB` }] });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return json(400, { message: 'The file is not UTF-8 text.', errors: [{ path: '(file)', message: 'not UTF-8 text' }] });
  }

  try {
    const dryRun = query.data.dryRun === '1';
    const result = await importCatalog(actor, { json: text, dryRun });
    if (result.ok && !dryRun) revalidateCatalogPages();
    return json(result.ok ? 200 : 422, result);
  } catch (error) {
    if (error instanceof AuthorizationError) return json(error.status, { message: error.message });
    throw error;
  }
}
