import { ImageResponse } from 'next/og';
import { getGuide, listGuides } from '@/lib/content';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'Quantwise guide';

// Only the guides that exist: any other slug is a 404, not a rendered (and cached) image.
export const dynamicParams = false;

export function generateStaticParams() {
  return listGuides().map((guide) => ({ slug: guide.slug }));
}

export default async function GuideOpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const guide = getGuide((await params).slug);
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#0b1220', color: '#f4f4f5' }}>
        <div style={{ fontSize: 36, color: '#7dd3fc' }}>{`Quantwise · ${guide?.section ?? 'Guides'}`}</div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
          <div style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.1 }}>{guide?.title ?? 'Guide'}</div>
          <div style={{ fontSize: 32, color: '#d4d4d8', lineHeight: 1.3 }}>{guide?.description ?? ''}</div>
        </div>
      </div>
    ),
    size,
  );
}
