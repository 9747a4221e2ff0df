import type { MetadataRoute } from 'next';
import { DEFAULT_SITE_URL } from '@/lib/env';

export default function robots(): MetadataRoute.Robots {
  const base = process.env.SITE_URL ?? DEFAULT_SITE_URL;
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/'] }],
    sitemap: `${base}/sitemap.xml`,
  };
}
