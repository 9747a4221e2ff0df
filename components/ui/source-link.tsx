/** A compact link to where a number came from. */
export function SourceLink({ href, label = 'source' }: { href: string; label?: string }) {
  let host = href;
  try {
    host = new URL(href).hostname.replace(/^www\./, '');
  } catch {
    // Keep the raw value: seed validation already guarantees a URL, so this is only defensive display.
  }
  return (
    <a href={href} rel="noopener noreferrer" className="text-xs" title={href}>
      {label} ({host})
    </a>
  );
}
