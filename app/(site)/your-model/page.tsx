import type { Metadata } from 'next';
import { RUNTIMES, RUNTIME_LABELS } from '@/lib/enums';
import { pickableQuants } from '@/lib/estimate/formats';
import { PageHeader } from '@/components/ui/page-header';
import { OwnModelForm } from '@/components/planner/own-model-form';

export const metadata: Metadata = {
  title: 'Your own model',
  description: 'Paste a Hugging Face config.json or give a repo id: memory, KV cache and recurrent state for any model the catalog lacks.',
};

/** A model the catalog lacks: its config.json through the public API (POST /api/v1/estimate, model.hfConfig). */
export default function YourModelPage() {
  return (
    <>
      <PageHeader title="Your own model">
        <p>
          Paste the <code>config.json</code> of a model on Hugging Face, or give its repo id. It is read layer by layer (hybrid attention,
          latent attention, mixture of experts, sliding windows) and estimated exactly as the API does it for{' '}
          <code>{'{ "model": { "hfConfig": … } }'}</code>.
        </p>
      </PageHeader>
      <OwnModelForm quants={pickableQuants()} runtimes={RUNTIMES.map((r) => ({ value: r, label: RUNTIME_LABELS[r] }))} />
    </>
  );
}
