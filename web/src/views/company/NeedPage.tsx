import { useState } from 'react';
import { formatDateTime } from '../../lib/domain';
import { enumLabel, useI18n, type MessageKey, type Translate } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { ErrorLine, Loading, StatusBadge } from '../../lib/ui';
import { useQuery } from '../../lib/use-query';
import { NEED_PAGE, type NeedDetail, type SharedMatch } from './queries';
import { SharedMatchCard, targetTitle } from './SharedMatchCard';

/**
 * `/needs/:id`: one need as its company sees it: its text and fields, where it stands and what comes
 * next, the matches its coordinator shared (with the answer to each), and its timeline.
 */
export function NeedPage({ needId }: { needId: string }) {
  const { t } = useI18n();
  const page = useQuery(NEED_PAGE, { id: needId });
  // Matches as the last answer returned them, over what the page read.
  const [answered, setAnswered] = useState<Record<string, SharedMatch>>({});
  const matches = page.data?.matchesForNeed.edges.map((e) => answered[e.node.id] ?? e.node) ?? null;

  if (page.error !== null && !page.data)
    return (
      <div className="company-page panel" data-testid="need-page-error">
        <ErrorLine error={page.error} onRetry={page.reload} />
        <Link to="/needs">{t('company.backToNeeds')}</Link>
      </div>
    );
  if (!page.data || !matches) return <Loading />;
  const need = page.data.need;
  const onAnswered = (next: SharedMatch) => setAnswered((all) => ({ ...all, [next.id]: next }));

  return (
    <div className="company-page need-page" data-testid="need-page" data-need-id={need.id}>
      <nav className="crumbs" aria-label={t('company.crumbsLabel')}>
        <Link to="/needs">{t('company.myNeeds')}</Link>
      </nav>
      <div className="page-head">
        <h1 data-testid="need-title">{need.title}</h1>
        <div className="button-row">
          <StatusBadge status={need.status} prefix="needStatus" />
          <Link to={`/needs/${need.id}/edit`} className="button ghost small" data-testid="edit-need">
            {t('company.edit')}
          </Link>
        </div>
      </div>
      <div className="need-layout">
        <div className="need-main">
          <section className="panel next-panel" aria-labelledby="next-step-title">
            <h2 id="next-step-title">{t('company.nextStep')}</h2>
            <p data-testid="need-next-step">{t(needNextStep(need, matches))}</p>
            {need.matchesUnderReview !== null && (
              <p className="under-review" data-testid="under-review">
                {t(
                  need.matchesUnderReview === 0
                    ? 'company.pageReviewingNone'
                    : need.matchesUnderReview === 1
                      ? 'company.pageReviewingOne'
                      : 'company.pageReviewingMany',
                  { n: need.matchesUnderReview },
                )}
              </p>
            )}
          </section>
          <section className="panel" aria-labelledby="shared-title">
            <h2 id="shared-title">{t('company.sharedMatches')}</h2>
            {matches.length === 0 && <p className="muted">{t('company.noShared')}</p>}
            <div className="shared-list" data-testid="shared-matches">
              {matches.map((m) => (
                <SharedMatchCard key={m.id} match={m} onAnswered={onAnswered} />
              ))}
            </div>
          </section>
          <NeedText need={need} />
        </div>
        <aside className="need-side-col">
          <section className="panel" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t('company.timeline')}</h2>
            <Timeline need={need} matches={matches} />
          </section>
        </aside>
      </div>
    </div>
  );
}

function needNextStep(need: NeedDetail, matches: SharedMatch[]): MessageKey {
  if (need.status === 'SOLVED' || need.status === 'WITHDRAWN') return 'company.needNext.closed';
  if (matches.some((m) => m.status === 'SHARED' && !m.companyAnswer)) return 'company.needNext.answer';
  if (matches.some((m) => m.status === 'INTRODUCED' || m.status === 'MEETING_HELD')) return 'company.needNext.meet';
  if (need.matchesComputedAt === null) return 'company.needNext.matching';
  if (matches.length === 0) return 'company.needNext.reviewing';
  return 'company.needNext.following';
}

function NeedText({ need }: { need: NeedDetail }) {
  const { t } = useI18n();
  const rows: [MessageKey, string][] = [
    ['field.desiredOutcome', need.desiredOutcome],
    ['field.timeline', need.timeline],
    ['field.budgetBand', enumLabel(t, 'budget', need.budgetBand)],
    ['field.confidentiality', enumLabel(t, 'conf', need.confidentiality)],
    ['company.region', need.region?.name ?? ''],
  ];
  return (
    <section className="panel" aria-labelledby="need-text-title">
      <h2 id="need-text-title">{t('company.theNeed')}</h2>
      <p className="need-description" data-testid="need-description">
        {need.description}
      </p>
      {need.keywords.length > 0 && (
        <ul className="keywords" aria-label={t('field.keywords')}>
          {need.keywords.map((k) => (
            <li key={k} className="chip">
              {k}
            </li>
          ))}
        </ul>
      )}
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{value || '—'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

interface TimelineEntry {
  at: string;
  what: string;
  key: string;
}

/** The need's own dates, then each step of its shared matches, oldest first. */
function Timeline({ need, matches }: { need: NeedDetail; matches: SharedMatch[] }) {
  const { t, lang } = useI18n();
  const entries = timelineOf(need, matches, t);
  return (
    <ol className="timeline" data-testid="timeline">
      {entries.map((entry) => (
        <li key={entry.key}>
          <span className="timeline-at">{formatDateTime(entry.at, lang)}</span>
          <span>{entry.what}</span>
        </li>
      ))}
      {need.matchesComputedAt === null && (
        <li className="timeline-now">
          <span className="timeline-at">{t('company.now')}</span>
          <span>{t('company.matchingNow')}</span>
        </li>
      )}
    </ol>
  );
}

function timelineOf(need: NeedDetail, matches: SharedMatch[], t: Translate): TimelineEntry[] {
  const entries: TimelineEntry[] = [{ at: need.createdAt, what: t('company.tl.registered'), key: 'created' }];
  if (Date.parse(need.updatedAt) - Date.parse(need.createdAt) > 1000)
    entries.push({ at: need.updatedAt, what: t('company.tl.updated'), key: 'updated' });
  if (need.matchesComputedAt)
    entries.push({ at: need.matchesComputedAt, what: t('company.tl.matched'), key: 'matched' });
  for (const match of matches) {
    const target = targetTitle(match, t);
    for (const event of match.history) {
      const what =
        event.kind === 'ANSWER'
          ? t('company.answered', { answer: t(event.interested ? 'company.interested' : 'company.notInterested') })
          : enumLabel(t, 'company.event', event.to);
      entries.push({ at: event.at, what: `${what}: ${target}`, key: event.id });
    }
  }
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
