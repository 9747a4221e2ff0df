import type { NextRequest } from 'next/server';
import { AuthorizationError } from '@/lib/auth/actor';
import { SESSION_COOKIE } from '@/lib/auth/config';
import { clientIp } from '@/lib/auth/request';
import { validateSessionToken } from '@/lib/data/auth/sessions';
import { exportCatalog } from '@/lib/data/admin/catalog';

export const dynamic = 'force-dynamic';

/** GET: the whole catalog as JSON (editors). */
export async function GET(request: NextRequest) {
  const actor = await validateSessionToken(request.cookies.get(SESSION_COOKIE)?.value, clientIp(request.headers));
  try {
    const data = await exportCatalog(actor);
    const stamp = data.exportedAt.slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="quantwise-catalog-${stamp}.json"`, 'cache-control': 'no-store' },
    });
  } catch (error) {
    if (error instanceof AuthorizationError) return Response.json({ message: error.message }, { status: error.status });
    throw error;
  }
}
