import { z } from 'zod';

export const GUIDE_SECTIONS = ['Basics', 'Quantization', 'Running locally', 'Tools', 'Reference'] as const;

/**
 * A source's date: a full ISO day, or year and month when only the month is known (a paper cited
 * by its arXiv month, a spec revision). Days are checked against the calendar, so 2026-02-30 fails.
 */
export const sourceDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'use YYYY-MM-DD, or YYYY-MM when only the month is known')
  .refine((value) => value.length === 7 || new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a day of the calendar');

export const guideSourceSchema = z
  .object({
    title: z.string().min(1).max(300),
    url: z.url({ protocol: /^https?$/ }),
    /** When the cited version was published: release or commit date for software, publication date otherwise. */
    date: sourceDateSchema,
    /** Which version the guide describes, when the source is software or a living document ("v0.32.15", "commit fb30760"). */
    version: z.string().min(1).max(80).optional(),
  })
  .strict();

export const guideFrontmatterSchema = z
  .object({
    title: z.string().min(3).max(120),
    description: z.string().min(20).max(200),
    order: z.number().int().min(0).max(100),
    section: z.enum(GUIDE_SECTIONS),
    /** Last edit of any kind. */
    updated: z.iso.date(),
    /** Last line-by-line check of every claim against its sources. */
    reviewed: z.iso.date(),
    sources: z.array(guideSourceSchema).min(1, 'every guide lists its sources'),
  })
  .strict()
  .superRefine((guide, context) => {
    const seen = new Set<string>();
    guide.sources.forEach((source, index) => {
      if (seen.has(source.url)) context.addIssue({ code: 'custom', path: ['sources', index, 'url'], message: `listed twice: ${source.url}` });
      seen.add(source.url);
      // A review cannot have read a source published after it (ISO strings compare as dates).
      if (source.date > guide.reviewed) context.addIssue({ code: 'custom', path: ['sources', index, 'date'], message: `${source.date} is after the review date ${guide.reviewed}` });
    });
  });

export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;
