import { useEffect, useState } from 'react';
import { gql } from '../../lib/api';
import { formatDateTime } from '../../lib/domain';
import { useI18n } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { session } from '../../lib/session';
import { ErrorLine, Loading, StatusBadge } from '../../lib/ui';
import { useQuery } from '../../lib/use-query';
import { OWN_NEEDS, SHARED_COUNT } from './queries';

/** `/needs`: the company's needs, each with its status and what its coordinator has shared. */
export function NeedsList() {
  const { t, lang } = useI18n();
  const companyId = session.user()?.linkedId ?? null;
  const needs = useQuery(OWN_NEEDS, { companyId });
  const list = needs.data?.needs.edges.map((e) => e.node) ?? null;
  const shared = useSharedCounts(list?.map((n) => n.id) ?? null);

  return (
    <div className="company-page" data-testid="company-home">
      <div className="page-head">
        <h1>{t('company.myNeeds')}</h1>
        <Link to="/needs/new" className="button primary" data-testid="new-need">
          + {t('company.newNeed')}
        </Link>
      </div>
      <div className="panel">
        {needs.error !== null && <ErrorLine error={needs.error} onRetry={needs.reload} />}
        {list === null && needs.error === null && <Loading />}
        {list?.length === 0 && <p className="muted">{t('company.noNeeds')}</p>}
        <ul className="need-rows" data-testid="need-list">
          {list?.map((need) => (
            <li key={need.id} className="need-row" data-need-id={need.id}>
              <div className="need-row-main">
                <Link to={`/needs/${need.id}`} className="need-link">
                  {need.title}
                </Link>
                <div className="muted small">
                  {need.keywords.slice(0, 4).join(' · ')}
                  {need.keywords.length > 0 && ' · '}
                  {t('company.updated', { at: formatDateTime(need.updatedAt, lang) })}
                </div>
              </div>
              <div className="need-row-facts">
                <StatusBadge status={need.status} prefix="needStatus" />
                <span className="fact" data-testid="shared-count">
                  <SharedCount count={shared[need.id]} />
                </span>
                {need.matchesUnderReview !== null && need.matchesUnderReview > 0 && (
                  <span className="fact" data-testid="under-review">
                    {t(need.matchesUnderReview === 1 ? 'company.reviewingOne' : 'company.reviewingMany', {
                      n: need.matchesUnderReview,
                    })}
                  </span>
                )}
                {need.matchesComputedAt === null && <span className="fact muted">{t('company.matchingNow')}</span>}
              </div>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function SharedCount({ count }: { count: number | null | undefined }) {
  const { t } = useI18n();
  if (count === undefined) return <>…</>;
  if (count === null) return <span title={t('company.countFailed')}>—</span>;
  return <>{t(count === 1 ? 'company.sharedOne' : 'company.sharedMany', { n: count })}</>;
}

/** Per need, how many matches are shared with the company: a handful of needs, one small request each. */
function useSharedCounts(needIds: string[] | null): Record<string, number | null> {
  const [counts, setCounts] = useState<Record<string, number | null>>({});
  const key = needIds?.join(',') ?? '';
  useEffect(() => {
    if (!key) return;
    let live = true;
    for (const needId of key.split(',')) {
      gql(SHARED_COUNT, { needId })
        .then((data) => {
          if (live) setCounts((c) => ({ ...c, [needId]: data.matchesForNeed.totalCount }));
        })
        .catch(() => {
          // The need's row still shows; only its count is unknown.
          if (live) setCounts((c) => ({ ...c, [needId]: null }));
        });
    }
    return () => {
      live = false;
    };
  }, [key]);
  return counts;
}
