import { formatScore } from '../../lib/domain';
import { enumLabel, useI18n } from '../../lib/i18n';
import { navigate } from '../../lib/router';
import { ErrorLine, Loading } from '../../lib/ui';
import { useQuery } from '../../lib/use-query';
import { MatchCard } from './MatchCard';
import { INBOX, targetName } from './queries';

/**
 * The coordinator's home: the review inbox on the left, the match the URL names (/matches/:id) on
 * the right.
 */
export function CoordinatorHome({ selectedId }: { selectedId: string | null }) {
  const { t } = useI18n();
  const selected = selectedId;
  const inbox = useQuery(INBOX, { first: 50 });
  const items = inbox.data?.reviewInbox.edges.map((e) => e.node) ?? null;
  const total = inbox.data?.reviewInbox.totalCount ?? 0;
  const { error, reload } = inbox;

  return (
    <div className="split" data-testid="coordinator-home">
      <aside className="panel inbox">
        <div className="section-head">
          <h2>{t('coord.inbox')}</h2>
        </div>
        {error !== null && <ErrorLine error={error} onRetry={reload} />}
        {items === null && error === null && <Loading />}
        {items && <p className="muted small">{t('coord.inboxCount', { count: total })}</p>}
        {items?.length === 0 && <p className="muted">{t('coord.inboxEmpty')}</p>}
        <ul className="inbox-list">
          {items?.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className={`inbox-item${item.id === selected ? ' selected' : ''}`}
                data-testid="inbox-item"
                data-match-id={item.id}
                onClick={() => navigate(`/matches/${encodeURIComponent(item.id)}`)}
                aria-current={item.id === selected ? 'true' : undefined}
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
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <section className="detail">
        {selected ? (
          <MatchCard key={selected} matchId={selected} onChanged={reload} />
        ) : (
          <div className="panel empty">{t('coord.selectMatch')}</div>
        )}
      </section>
    </div>
  );
}
