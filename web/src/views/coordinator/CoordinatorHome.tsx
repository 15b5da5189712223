import { formatScore } from '../../lib/domain';
import { enumLabel, useI18n } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { ErrorLine, Loading } from '../../lib/ui';
import { useQuery } from '../../lib/use-query';
import { matchHref, PIPELINE_PATH } from '../match/href';
import { INBOX, targetName } from './queries';

/** The coordinator's home: the review inbox; each suggestion opens its match page (/matches/:id). */
export function CoordinatorHome() {
  const { t } = useI18n();
  const inbox = useQuery(INBOX, { first: 50 });
  const items = inbox.data?.reviewInbox.edges.map((e) => e.node) ?? null;
  const total = inbox.data?.reviewInbox.totalCount ?? 0;
  const { error, reload } = inbox;

  return (
    <div className="panel inbox" data-testid="coordinator-home">
      <div className="section-head">
        <h1>{t('coord.inbox')}</h1>
      </div>
      {error !== null && <ErrorLine error={error} onRetry={reload} />}
      {items === null && error === null && <Loading />}
      {items && <p className="muted small">{t('coord.inboxCount', { count: total })}</p>}
      {items?.length === 0 && <p className="muted">{t('coord.inboxEmpty')}</p>}
      <ul className="inbox-list">
        {items?.map((item) => (
          <li key={item.id}>
            <Link
              to={matchHref(item.id, PIPELINE_PATH)}
              className="inbox-item"
              data-testid="inbox-item"
              data-match-id={item.id}
            >
              <span className="score" title={t('common.score')}>
                {formatScore(item.score)}
              </span>
              <span className="inbox-text">
                <span className="inbox-need">{item.need?.title ?? '—'}</span>
                <span className="inbox-target">
                  <span className="kind-tag">{enumLabel(t, 'matchKind', item.kind)}</span> {targetName(item)}
                </span>
                <span className="inbox-company muted small">{item.need?.company.name}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
