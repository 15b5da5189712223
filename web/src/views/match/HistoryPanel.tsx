import { formatDateTime } from '../../lib/domain';
import { enumLabel, useI18n } from '../../lib/i18n';
import { StatusBadge } from '../../lib/ui';
import type { MatchView } from './queries';

/** What happened to the match, oldest first: moves, notes and the company's answers, by whom and when. */
export function HistoryPanel({ match }: { match: MatchView }) {
  const { t, lang } = useI18n();
  return (
    <section className="panel" aria-labelledby="match-history-title">
      <h2 id="match-history-title">{t('match.history')}</h2>
      {match.history.length === 0 ? (
        <p className="muted">{t('match.historyNone')}</p>
      ) : (
        <ol className="history" data-testid="history">
          {match.history.map((event) => (
            <li key={event.id} data-kind={event.kind}>
              <span className="muted small">
                <time dateTime={event.at}>{formatDateTime(event.at, lang)}</time> ·{' '}
                {t('match.event.by', { name: event.byName })}
              </span>
              <div>
                {event.kind === 'STATUS' && (
                  <>
                    <StatusBadge status={event.from} /> → <StatusBadge status={event.to} />
                  </>
                )}
                {event.kind === 'NOTE' && <strong>{t('match.event.note')}</strong>}
                {event.kind === 'ANSWER' && (
                  <strong>{t(event.interested ? 'match.event.yes' : 'match.event.no')}</strong>
                )}
                {event.reason && <span> · {enumLabel(t, 'decline', event.reason)}</span>}
                {event.agreementKind && <span> · {enumLabel(t, 'agreement', event.agreementKind)}</span>}
              </div>
              {event.note && <p className="note">{event.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
