/** Small pieces the match page's panels share. */
import { Fragment, type ReactNode } from 'react';

/** One labelled fact of a record, in a <dl className="facts">; nothing when there is no value. */
export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  if (children === null || children === undefined || children === '' || children === false) return null;
  return (
    <div className="fact" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function Chips({ items, className = 'chip' }: { items: readonly string[]; className?: string }) {
  if (!items.length) return null;
  return (
    <ul className="chips">
      {items.map((item) => (
        <li key={item} className={className}>
          {item}
        </li>
      ))}
    </ul>
  );
}

/**
 * A translated sentence with React nodes for its {placeholders}: "{a} works at {b}" with the names
 * set in bold, in whatever order the language puts them.
 */
export function fill(template: string, parts: Record<string, ReactNode>): ReactNode {
  return template
    .split(/(\{\w+\})/)
    .map((piece, i) => (
      <Fragment key={i}>{/^\{\w+\}$/.test(piece) ? (parts[piece.slice(1, -1)] ?? piece) : piece}</Fragment>
    ));
}
