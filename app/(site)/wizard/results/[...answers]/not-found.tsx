import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';

/** A well-formed wizard link whose GPU, Mac or CPU the catalog does not have (404, never cached). */
export default function WizardResultsNotFound() {
  return (
    <>
      <PageHeader title="This wizard link has a problem" />
      <div role="alert" className="space-y-2">
        <p>The GPU, Mac or CPU named in this link (gpu, mac or cpu) is not in the catalog: it may have been renamed or removed.</p>
        <p><Link href="/wizard">Start the wizard again</Link></p>
      </div>
    </>
  );
}
