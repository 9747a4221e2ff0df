/** A compact link to where a number came from. */
export function SourceLink({ href, label = 'source', inText = false }: { href: string; label?: string; inText?: boolean }) {
  let host = href;
  try {
    host = new URL(href).hostname.replace(/^www\./, '');
  } catch {
    // Keep the raw value: seed validation already guarantees a URL, so this is only defensive display.
  }
  return (
    // Inside running text a link needs more than colour to stand out (axe link-in-text-block).
    <a href={href} rel="noopener noreferrer" className={inText ? 'text-xs underline' : 'text-xs'} title={href}>
      {label} ({host})
    </a>
  );
}
