import Link from 'next/link';

/** A glossary link: the id is the anchor of a heading in key-terms.mdx (checked by the link test). */
export function Term({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <Link href={`/guides/key-terms#${id}`} className="underline decoration-dotted underline-offset-4" title="Glossary">
      {children}
    </Link>
  );
}
