import { useEffect, useState } from 'react';
import { gql } from '../../lib/api';
import { formatScore } from '../../lib/domain';
import { enumLabel, useI18n } from '../../lib/i18n';
import { ErrorLine, Loading } from '../../lib/ui';
import { MatchCard } from './MatchCard';
import { INBOX, targetName, type InboxItem } from './queries';

/** The coordinator's home: the review inbox on the left, the selected match's card on the right. */
export function CoordinatorHome() {
  const { t } = useI18n();
  const [items, setItems] = useState<InboxItem[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [selected, setSelected] = useState<string | null>(null);

  // Bumped by a retry or a change in the card to fetch again; a run whose answer comes after a newer
  // run started (or after unmount) sets nothing, so the inbox never goes back to an older state.
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    let live = true;
    gql(INBOX, { first: 50 })
      .then((data) => {
        if (!live) return;
        setItems(data.reviewInbox.edges.map((e) => e.node));
        setTotal(data.reviewInbox.totalCount);
      })
      .catch((e: unknown) => {
        if (live) setError(e);
      });
    return () => {
      live = false;
    };
  }, [reloads]);
  const reload = () => {
    setError(null);
    setReloads((n) => n + 1);
  };

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
                onClick={() => setSelected(item.id)}
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
