import { useEffect, useRef, useState } from 'react';
import { ApiError, gql } from '../../lib/api';
import { formatScore } from '../../lib/domain';
import { errorMessage } from '../../lib/errors';
import { enumLabel, useI18n } from '../../lib/i18n';
import { usePageTitle } from '../../lib/page-title';
import { Link, useLocation } from '../../lib/router';
import { ErrorLine, Loading, StatusBadge } from '../../lib/ui';
import { useQuery } from '../../lib/use-query';
import type { MatchStatus } from '../../gql/graphql';
import { ActionsPanel } from './ActionsPanel';
import { AssignPanel } from './AssignPanel';
import { HistoryPanel } from './HistoryPanel';
import { backHref } from './href';
import { NeedPanel } from './NeedPanel';
import { NotesPanel } from './NotesPanel';
import { PathPanel } from './PathPanel';
import { ScorePanel } from './ScorePanel';
import { TargetPanel, targetName } from './TargetPanel';
import { CHANGE_STATUS, MATCH_PAGE, type MatchView } from './queries';
import './match-page.css';

/** What the page last did: the line it shows, and the step back the server allows after a move. */
interface Flash {
  text: string;
  undoTo?: MatchStatus;
}

/**
 * The coordinator's match page (/matches/:id): everything needed to decide on one suggestion, and
 * the moves the server allows now. NOT_FOUND and FORBIDDEN show as a message in the reader's language.
 */
export function MatchPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { search } = useLocation();
  const back = backHref(search);
  const query = useQuery(MATCH_PAGE, { id });
  // The answer of the latest mutation, else the page's read (the page is keyed by the match id).
  const [written, setMatch] = useState<MatchView | null>(null);
  const match = written ?? query.data?.match ?? null;
  const [flash, setFlash] = useState<Flash | null>(null);
  const [undoError, setUndoError] = useState<string | null>(null);
  const flashRef = useRef<HTMLDivElement>(null);

  usePageTitle(
    match ? t('match.docTitle', { need: match.need?.title ?? t('match.hidden'), target: targetName(match, t) }) : null,
  );

  // After a step the form that had the focus is gone: the focus goes to what the step did.
  useEffect(() => {
    if (flash) flashRef.current?.focus();
  }, [flash]);

  const backLink = (
    <nav className="match-back" aria-label={t('match.back')}>
      <Link to={back} data-testid="back-to-pipeline">
        <span aria-hidden="true">← </span>
        {t('match.back')}
      </Link>
    </nav>
  );

  if (!match) {
    const denied =
      query.error instanceof ApiError && (query.error.code === 'NOT_FOUND' || query.error.code === 'FORBIDDEN');
    return (
      <div className="match-page">
        {backLink}
        {denied ? (
          <div className="panel notice" role="alert" data-testid="match-unavailable">
            <h1>{t('match.unavailable')}</h1>
            <p>{errorMessage(query.error, t)}</p>
          </div>
        ) : query.error !== null ? (
          <div className="panel">
            <ErrorLine error={query.error} onRetry={query.reload} />
          </div>
        ) : (
          <div className="panel">
            <Loading />
          </div>
        )}
      </div>
    );
  }

  const moved = (next: MatchView, from: MatchStatus) => {
    setMatch(next);
    setUndoError(null);
    setFlash({
      text: t('match.moved', { status: enumLabel(t, 'status', next.status) }),
      undoTo: next.nextStatuses.includes(from) ? from : undefined,
    });
  };
  const changed = (next: MatchView, text: string) => {
    setMatch(next);
    setUndoError(null);
    setFlash({ text });
  };
  const undo = async (to: MatchStatus) => {
    try {
      const data = await gql(CHANGE_STATUS, { matchId: match.id, to });
      changed(data.changeMatchStatus, t('match.undone', { status: enumLabel(t, 'status', to) }));
    } catch (e) {
      setUndoError(errorMessage(e, t));
    }
  };

  return (
    <div className="match-page" data-testid="match-page" data-match-id={match.id} data-status={match.status}>
      {backLink}
      <header className="panel match-header">
        <div className="match-heading">
          <p className="match-kicker">
            <span className="kind-tag">{enumLabel(t, 'matchKind', match.kind)}</span>{' '}
            {match.need?.company.name ?? t('match.hidden')}
          </p>
          <h1 data-testid="match-title">
            {match.need?.title ?? t('match.hidden')} <span className="match-times">×</span> {targetName(match, t)}
          </h1>
        </div>
        <div className="match-summary">
          <span className="match-score" data-testid="match-score">
            {t('match.scoreOf', { score: formatScore(match.score) })}
          </span>
          <StatusBadge status={match.status} />
        </div>
        {(match.stale || !match.current) && (
          <ul className="match-flags" data-testid="match-flags">
            {match.stale && <li className="flag">{t('match.stale')}</li>}
            {!match.current && <li className="flag">{t('match.notCurrent')}</li>}
          </ul>
        )}
      </header>

      {flash && (
        <div className="success match-flash" role="status" tabIndex={-1} ref={flashRef} data-testid="flash">
          <span>{flash.text}</span>
          {flash.undoTo && (
            <button
              type="button"
              className="button ghost small"
              data-testid="undo"
              onClick={() => void undo(flash.undoTo!)}
            >
              {t('match.undo')}
            </button>
          )}
          {undoError && (
            <span className="error" role="alert">
              {undoError}
            </span>
          )}
        </div>
      )}

      <div className="match-layout">
        <section className="panel match-actions" aria-labelledby="match-actions-title">
          <h2 id="match-actions-title">{t('match.actions')}</h2>
          <ActionsPanel match={match} onMoved={moved} />
        </section>
        <div className="match-main">
          <div className="match-sides">
            <NeedPanel match={match} />
            <TargetPanel match={match} />
          </div>
          <ScorePanel match={match} />
          <PathPanel match={match} />
        </div>
        <div className="match-side">
          <AssignPanel match={match} onAssigned={changed} />
          <NotesPanel match={match} onAnnotated={changed} />
          <HistoryPanel match={match} />
        </div>
      </div>
    </div>
  );
}
