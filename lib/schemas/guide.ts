import { z } from 'zod';

export const GUIDE_SECTIONS = ['Basics', 'Quantization', 'Running locally', 'Tools', 'Reference'] as const;

export const guideFrontmatterSchema = z
  .object({
    title: z.string().min(3).max(120),
    description: z.string().min(20).max(200),
    order: z.number().int().min(0).max(100),
    section: z.enum(GUIDE_SECTIONS),
    updated: z.iso.date(),
    sources: z
      .array(z.object({ title: z.string().min(1).max(300), url: z.url({ protocol: /^https?$/ }) }).strict())
      .min(1, 'every guide lists its sources'),
  })
  .strict();

export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;
