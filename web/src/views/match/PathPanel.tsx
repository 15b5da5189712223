import type { MessageKey } from '../../lib/i18n';
import { enumLabel, useI18n } from '../../lib/i18n';
import { fill } from './parts';
import { pathSteps, type PathNodeView } from './path-steps';
import type { MatchView } from './queries';

const RELATIONS: Record<string, MessageKey> = {
  WORKS_AT: 'match.rel.WORKS_AT',
  KNOWS: 'match.rel.KNOWS',
  MEMBER_OF: 'match.rel.MEMBER_OF',
  AFFILIATED_WITH: 'match.rel.AFFILIATED_WITH',
};

/** Path nodes name their label ("Organization", "SupportStaff"); the dictionary is keyed by network kind. */
const nodeKind = (label: string) => label.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

/** The introduction path, one sentence per relationship, each read in its own direction. */
export function PathPanel({ match }: { match: MatchView }) {
  const { t } = useI18n();
  const Node = ({ node }: { node: PathNodeView }) => (
    <span className="path-node">
      <strong>{node.name}</strong> <span className="kind-tag">{enumLabel(t, 'kind', nodeKind(node.kind))}</span>
    </span>
  );
  return (
    <section className="panel" aria-labelledby="match-path-title">
      <h2 id="match-path-title">{t('match.path')}</h2>
      {!match.path ? (
        <p className="muted" data-testid="intro-path-none">
          {t('match.pathNone')}
        </p>
      ) : (
        <>
          <p className="muted small">{t('match.pathHelp')}</p>
          <ol className="path-steps" data-testid="intro-path">
            {pathSteps(match.path).map((step, i) => (
              <li key={i} data-relation={step.relation}>
                {fill(t(RELATIONS[step.relation] ?? 'match.rel.other'), {
                  a: <Node node={step.from} />,
                  b: <Node node={step.to} />,
                })}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
