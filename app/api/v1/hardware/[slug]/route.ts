import { getHardwareSummaryBySlug } from '@/lib/data/hardware';
import { slugSchema } from '@/lib/schemas/catalog';

export const dynamic = 'force-dynamic';

/** GET one catalog hardware entry as JSON (also the baseline route of `npm run bench:wizard`). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) return Response.json({ error: { field: 'slug', message: slug.error.issues[0]?.message } }, { status: 400 });
  const hardware = await getHardwareSummaryBySlug(slug.data);
  if (!hardware) return Response.json({ error: { field: 'slug', message: `no hardware "${slug.data}" in the catalog` } }, { status: 404 });
  return Response.json(hardware);
}
