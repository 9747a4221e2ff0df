import type { MetadataRoute } from 'next';
import { listGuides } from '@/lib/content';
import { listHardwareSlugs } from '@/lib/data/hardware';
import { listModelSlugs } from '@/lib/data/models';
import { DEFAULT_SITE_URL } from '@/lib/env';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = process.env.SITE_URL ?? DEFAULT_SITE_URL;
  const [models, hardware] = await Promise.all([listModelSlugs(), listHardwareSlugs()]);
  const fixed = ['', '/guides', '/models', '/hardware', '/wizard', '/plan', '/compare', '/your-model', '/accuracy', '/api'];
  return [
    ...fixed.map((path) => ({ url: `${base}${path}` })),
    ...listGuides().map((guide) => ({ url: `${base}/guides/${guide.slug}`, lastModified: guide.updated })),
    ...models.map((slug) => ({ url: `${base}/models/${slug}` })),
    ...hardware.map((slug) => ({ url: `${base}/hardware/${slug}` })),
  ];
}
