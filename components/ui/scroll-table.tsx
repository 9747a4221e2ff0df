/**
 * A wide table's frame: it scrolls sideways on a narrow screen instead of widening the page. The
 * frame is a focusable, named region so that keyboard users can scroll it too (axe's
 * scrollable-region-focusable); `label` names what the table holds, so that a page with several
 * tables has regions a screen reader can tell apart.
 */
export function ScrollTable({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={`${label}, scrolls sideways on small screens`}>
      {children}
    </div>
  );
}
