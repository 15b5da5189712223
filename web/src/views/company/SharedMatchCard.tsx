import { useState } from 'react';
import { gql } from '../../lib/api';
import { formatDateTime } from '../../lib/domain';
import { enumLabel, useI18n } from '../../lib/i18n';
import { ErrorLine, Highlighted, StatusBadge } from '../../lib/ui';
import { ANSWER, type SharedMatch } from './queries';

/** A match shared with the company: who or what was found, and the interested / not interested answer. */
export function SharedMatchCard({ match, onAnswered }: { match: SharedMatch; onAnswered: (m: SharedMatch) => void }) {
  const { t, lang } = useI18n();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const title = match.seed?.title ?? match.equipment?.name ?? match.researcher?.name ?? '—';
  const body = match.seed?.summary ?? match.equipment?.description ?? match.researcher?.profile ?? '';

  const answer = async (interested: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const data = await gql(ANSWER, { matchId: match.id, interested, note: note.trim() || null });
      onAnswered(data.answerMatch);
      setNote('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="shared-card" data-testid="shared-match" data-match-id={match.id}>
      <header className="match-head">
        <div>
          <p className="muted small">{t('company.forNeed', { title: match.need?.title ?? '—' })}</p>
          <h3>
            <span className="kind-tag">{enumLabel(t, 'matchKind', match.kind)}</span> {title}
          </h3>
        </div>
        <StatusBadge status={match.status} />
      </header>
      <p className="long-text clamp">
        <Highlighted text={body} terms={match.explanation} />
      </p>
      {match.companyAnswer ? (
        <p className="answer" data-testid="answer">
          {t('company.answered', {
            answer: t(match.companyAnswer.interested ? 'company.interested' : 'company.notInterested'),
          })}
          <span className="muted small"> · {formatDateTime(match.companyAnswer.at, lang)}</span>
          {match.companyAnswer.note && <span className="note">{match.companyAnswer.note}</span>}
        </p>
      ) : (
        <div className="answer-form">
          <label className="field">
            <span>{t('company.answerNote')}</span>
            <input name="answerNote" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              disabled={busy}
              data-testid="answer-yes"
              onClick={() => void answer(true)}
            >
              {t('company.interested')}
            </button>
            <button
              type="button"
              className="button ghost"
              disabled={busy}
              data-testid="answer-no"
              onClick={() => void answer(false)}
            >
              {t('company.notInterested')}
            </button>
          </div>
        </div>
      )}
      {error !== null && <ErrorLine error={error} />}
    </article>
  );
}
