export function PageHeader({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="mb-6 space-y-2">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {children ? <div className="max-w-3xl text-zinc-700 dark:text-zinc-300">{children}</div> : null}
    </div>
  );
}
