import type { MatchStatus } from '../../gql/graphql';
import { MATCH_STATUSES } from '../../lib/domain';
import { enumLabel, useI18n } from '../../lib/i18n';
import { Link } from '../../lib/router';

/**
 * One link per stage with its count for the current filters; each is a real URL (open in a new tab,
 * copy the link), the current one marked for screen readers with aria-current.
 */
export function StageTabs({
  stage,
  counts,
  hrefFor,
  onPick,
}: {
  stage: MatchStatus;
  counts: Partial<Record<MatchStatus, number>> | null;
  hrefFor: (stage: MatchStatus) => string;
  onPick: () => void;
}) {
  const { t } = useI18n();
  return (
    <nav className="stage-tabs" aria-label={t('pipeline.stages')}>
      <ul>
        {MATCH_STATUSES.map((status) => (
          <li key={status}>
            <Link
              to={hrefFor(status)}
              className={`stage-tab stage-${status.toLowerCase()}`}
              aria-current={status === stage ? 'page' : undefined}
              data-testid={`stage-${status}`}
              data-count={counts?.[status] ?? ''}
              onClick={onPick}
            >
              <span className="stage-name">{enumLabel(t, 'status', status)}</span>
              <span className="stage-count">{counts?.[status] ?? '·'}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
