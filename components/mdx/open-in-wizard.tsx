import Link from 'next/link';
import { presetHref } from '@/lib/schemas/wizard';

/** A link into the wizard, pre-filled with a hardware tier's answers. */
export function OpenInWizard({ preset, children }: { preset: string; children: React.ReactNode }) {
  const href = presetHref(preset);
  if (!href) throw new Error(`OpenInWizard: unknown preset "${preset}"`);
  return (
    <Link href={href} className="inline-flex items-center gap-1 font-medium">
      {children} <span aria-hidden="true">→</span>
    </Link>
  );
}
