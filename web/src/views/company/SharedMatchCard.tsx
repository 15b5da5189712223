import { useState } from 'react';
import { gql } from '../../lib/api';
import { formatDateTime } from '../../lib/domain';
import { enumLabel, useI18n, type MessageKey } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { ErrorLine, Highlighted, StatusBadge } from '../../lib/ui';
import { ANSWER, type SharedMatch } from './queries';
import { useAction } from './use-action';

/** What, or who, a match found, in one line: a seed's title, a piece of equipment's name, a researcher's. */
export function targetTitle(match: SharedMatch, t: (key: MessageKey) => string): string {
  return match.seed?.title ?? match.equipment?.name ?? match.researcher?.name ?? t('company.targetHidden');
}

/**
 * A match shared with the company: who holds or hosts what was found, the steps so far with their
 * notes, the next step in words, and the answer, interested or not.
 */
export function SharedMatchCard({ match, onAnswered }: { match: SharedMatch; onAnswered: (m: SharedMatch) => void }) {
  const { t, lang } = useI18n();
  const body = match.seed?.summary ?? match.equipment?.description ?? match.researcher?.profile ?? '';
  // The answer shows below, as it stands; the steps are the coordinator's.
  const steps = match.history.filter((event) => event.kind === 'STATUS');

  return (
    <article className="shared-card" data-testid="shared-match" data-match-id={match.id} data-status={match.status}>
      <header className="match-head">
        <h3>
          <span className="kind-tag">{enumLabel(t, 'matchKind', match.kind)}</span> {targetTitle(match, t)}
        </h3>
        <StatusBadge status={match.status} />
      </header>
      <Who match={match} />
      {body && (
        <p className="long-text clamp">
          <Highlighted text={body} terms={match.explanation} />
        </p>
      )}
      {match.equipment && (
        <p>
          <Link
            to={`/equipment?request=${encodeURIComponent(match.equipment.id)}&match=${encodeURIComponent(match.id)}`}
            data-testid="request-from-match"
          >
            {t('company.requestThisEquipment')}
          </Link>
        </p>
      )}
      {steps.length > 0 && (
        <ol className="steps-list" aria-label={t('company.stepsLabel')}>
          {steps.map((event) => (
            <li key={event.id}>
              <span className="step-what">{enumLabel(t, 'company.event', event.to)}</span>
              <span className="muted small"> · {formatDateTime(event.at, lang)}</span>
              {event.note && (
                <span className="note" data-testid="coordinator-note">
                  {t('company.coordinatorNote', { note: event.note })}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="next-step" data-testid="match-next-step">
        <strong>{t('company.nextStep')}</strong> {t(matchNextStep(match))}
      </p>
      <AnswerBox match={match} onAnswered={onAnswered} />
    </article>
  );
}

function matchNextStep(match: SharedMatch): MessageKey {
  switch (match.status) {
    case 'SHARED':
      if (!match.companyAnswer) return 'company.next.answer';
      return match.companyAnswer.interested ? 'company.next.introduction' : 'company.next.noted';
    case 'INTRODUCED':
      return 'company.next.meet';
    case 'MEETING_HELD':
      return 'company.next.agreement';
    case 'AGREED':
      return 'company.next.agreed';
    default:
      return 'company.next.coordinator';
  }
}

/** Who holds the seed, hosts the equipment, or where the researcher works. */
function Who({ match }: { match: SharedMatch }) {
  const { t } = useI18n();
  const { seed, equipment, researcher } = match;
  let label: MessageKey;
  let names: string[];
  if (seed) {
    label = 'company.heldBy';
    const affiliations = new Set(seed.holderResearchers.flatMap((r) => r.affiliations.map((a) => a.name)));
    names = [
      ...seed.holderResearchers.map((r) =>
        [r.name, [r.title, ...r.affiliations.map((a) => a.name)].filter(Boolean).join(', ')]
          .filter(Boolean)
          .join(' · '),
      ),
      ...seed.holderOrganizations.map((o) => o.name).filter((name) => !affiliations.has(name)),
    ];
  } else if (equipment) {
    label = 'company.hostedBy';
    names = [equipment.host?.name ?? '—'];
  } else if (researcher) {
    label = 'company.worksAt';
    names = [[researcher.title, ...researcher.affiliations.map((a) => a.name)].filter(Boolean).join(', ')];
  } else return null;
  return (
    <dl className="facts" data-testid="match-who">
      <div>
        <dt>{t(label)}</dt>
        <dd>{names.length ? names.join('; ') : '—'}</dd>
      </div>
      {seed && (
        <div>
          <dt>{t('company.seedStage')}</dt>
          <dd>
            {enumLabel(t, 'company.stage', seed.stage)} · {enumLabel(t, 'company.ip', seed.ipStatus)}
            {seed.field && ` · ${seed.field}`}
          </dd>
        </div>
      )}
      {equipment && (
        <div>
          <dt>{t('company.fees')}</dt>
          <dd>
            {enumLabel(t, 'company.availability', equipment.availability)} · {equipment.fees || '—'}
          </dd>
        </div>
      )}
      {researcher && researcher.fields.length > 0 && (
        <div>
          <dt>{t('company.fields')}</dt>
          <dd>{researcher.fields.join(', ')}</dd>
        </div>
      )}
    </dl>
  );
}

/**
 * The company's answer: the form while none is given; once given, shown, and changeable while the
 * API says so (`answerChangeable`: until the coordinator acts on it).
 */
function AnswerBox({ match, onAnswered }: { match: SharedMatch; onAnswered: (m: SharedMatch) => void }) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const { busy, error, run } = useAction();
  const given = match.companyAnswer;

  const answer = (interested: boolean) =>
    run(async () => {
      const data = await gql(ANSWER, { matchId: match.id, interested, note: note.trim() || null });
      onAnswered(data.answerMatch);
      setNote('');
      setEditing(false);
    });

  return (
    <div className="answer-box">
      {given && (
        <p className="answer" data-testid="answer" data-interested={String(given.interested)}>
          {t('company.answered', { answer: t(given.interested ? 'company.interested' : 'company.notInterested') })}
          <span className="muted small"> · {formatDateTime(given.at, lang)}</span>
          {given.note && <span className="note">{given.note}</span>}
        </p>
      )}
      {match.answerChangeable && (!given || editing) && (
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
            {editing && (
              <button type="button" className="button link" onClick={() => setEditing(false)}>
                {t('company.keepAnswer')}
              </button>
            )}
          </div>
        </div>
      )}
      {match.answerChangeable && given && !editing && (
        <button
          type="button"
          className="button ghost small"
          data-testid="change-answer"
          onClick={() => {
            setNote(given.note ?? '');
            setEditing(true);
          }}
        >
          {t('company.changeAnswer')}
        </button>
      )}
      {!match.answerChangeable && (
        <p className="muted small" data-testid="answer-settled">
          {t(given ? 'company.answerSettled' : 'company.answerClosed')}
        </p>
      )}
      {error !== null && <ErrorLine error={error} />}
    </div>
  );
}
