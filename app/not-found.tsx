import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p>We have no page at this address. It may be a model or device the catalog does not list yet.</p>
      <p>
        Try the <Link href="/models">models</Link>, the <Link href="/hardware">hardware</Link> or the{' '}
        <Link href="/guides">guides</Link>.
      </p>
    </div>
  );
}
