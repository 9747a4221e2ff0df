import { redirect } from 'next/navigation';
import { PATH_ORDER, wizardPath } from '@/lib/schemas/wizard';

/** Query-string results links (older links, hand-typed URLs) move to the path permalink. */
export default async function WizardResultsQueryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const answers = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  if (Object.keys(answers).length === 0) redirect('/wizard');
  // Unknown keys travel along so the results page can name them instead of silently dropping them.
  const known = wizardPath(answers);
  const extra = Object.entries(answers).filter(([key]) => !(PATH_ORDER as readonly string[]).includes(key));
  redirect(`${known}${extra.map(([key, value]) => `/${encodeURIComponent(key)}/${encodeURIComponent(value ?? '')}`).join('')}`);
}
