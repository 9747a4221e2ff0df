import type { MetadataRoute } from 'next';
import { listGuides } from '@/lib/content';
import { listHardwareSlugs } from '@/lib/data/hardware';
import { listModelSlugs } from '@/lib/data/models';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = process.env.SITE_URL ?? 'http://localhost:3000';
  const [models, hardware] = await Promise.all([listModelSlugs(), listHardwareSlugs()]);
  const fixed = ['', '/guides', '/models', '/hardware', '/wizard', '/plan', '/compare', '/accuracy', '/api'];
  return [
    ...fixed.map((path) => ({ url: `${base}${path}` })),
    ...listGuides().map((guide) => ({ url: `${base}/guides/${guide.slug}`, lastModified: guide.updated })),
    ...models.map((slug) => ({ url: `${base}/models/${slug}` })),
    ...hardware.map((slug) => ({ url: `${base}/hardware/${slug}` })),
  ];
}
