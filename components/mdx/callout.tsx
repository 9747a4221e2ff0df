const STYLES = {
  note: { label: 'Note', className: 'border-sky-500 bg-sky-50 dark:bg-sky-950/40' },
  tip: { label: 'Tip', className: 'border-emerald-500 bg-emerald-50 dark:bg-emerald-950/40' },
  warning: { label: 'Warning', className: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40' },
} as const;

export function Callout({ type = 'note', title, children }: { type?: string; title?: string; children: React.ReactNode }) {
  const style = STYLES[type as keyof typeof STYLES] ?? STYLES.note;
  return (
    <aside className={`my-6 rounded-r border-l-4 px-4 py-3 ${style.className}`} aria-label={title ?? style.label}>
      <p className="m-0 font-semibold">{title ?? style.label}</p>
      <div className="[&>p:last-child]:mb-0">{children}</div>
    </aside>
  );
}
