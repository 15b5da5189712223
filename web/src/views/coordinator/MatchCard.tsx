import { useEffect, useState, type FormEvent } from 'react';
import { gql } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import type { AgreementKind, DeclineReason, MatchStatus } from '../../gql/graphql';
import { AGREEMENT_KINDS, DECLINE_REASONS, formatDateTime, formatScore } from '../../lib/domain';
import { enumLabel, useI18n } from '../../lib/i18n';
import { ErrorLine, Highlighted, Loading, Section, StatusBadge } from '../../lib/ui';
import { CHANGE_STATUS, MATCH, type MatchDetail } from './queries';

/** A match: both texts with the shared terms marked, the introduction path, the history, the next steps. */
export function MatchCard({ matchId }: { matchId: string }) {
  const { t, lang } = useI18n();
  const [match, setMatch] = useState<MatchDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [flash, setFlash] = useState<string | null>(null);

  // Bumped by a retry; a run whose answer comes after a newer run started (or after unmount) sets nothing.
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    let live = true;
    gql(MATCH, { id: matchId })
      .then((data) => {
        if (live) setMatch(data.match);
      })
      .catch((e: unknown) => {
        if (live) setError(e);
      });
    return () => {
      live = false;
    };
  }, [matchId, reloads]);
  const reload = () => {
    setError(null);
    setReloads((n) => n + 1);
  };

  if (error !== null && !match)
    return (
      <div className="panel">
        <ErrorLine error={error} onRetry={reload} />
      </div>
    );
  if (!match)
    return (
      <div className="panel">
        <Loading />
      </div>
    );

  const terms = match.explanation;
  const target = targetText(match);
  const changed = (next: MatchDetail) => {
    setMatch(next);
    setFlash(t('coord.changed', { status: enumLabel(t, 'status', next.status) }));
  };

  return (
    <article className="panel match-card" data-testid="match-card" data-status={match.status}>
      <header className="match-head">
        <div>
          <h2>{match.need?.title ?? '—'}</h2>
          <p className="muted">
            {match.need?.company.name} · {enumLabel(t, 'matchKind', match.kind)} · {t('common.score')}{' '}
            {formatScore(match.score)}
          </p>
        </div>
        <StatusBadge status={match.status} />
      </header>
      {flash && (
        <p className="success" role="status" data-testid="flash">
          {flash}
        </p>
      )}

      <div className="texts">
        <div className="text-box">
          <h4>{t('coord.need')}</h4>
          <p className="text-title">{match.need?.title}</p>
          <p className="long-text">
            <Highlighted text={match.need?.description ?? ''} terms={terms} />
          </p>
          {!!match.need?.keywords.length && (
            <p className="keywords">
              {match.need.keywords.map((k) => (
                <span key={k} className="chip">
                  {k}
                </span>
              ))}
            </p>
          )}
        </div>
        <div className="text-box">
          <h4>
            {t('coord.target')} · {enumLabel(t, 'matchKind', match.kind)}
          </h4>
          <p className="text-title">{target.title}</p>
          {target.subtitle && <p className="muted small">{target.subtitle}</p>}
          <p className="long-text">
            <Highlighted text={target.body} terms={terms} />
          </p>
          {!!target.keywords.length && (
            <p className="keywords">
              {target.keywords.map((k) => (
                <span key={k} className="chip">
                  {k}
                </span>
              ))}
            </p>
          )}
        </div>
      </div>

      <Section title={t('coord.sharedTerms')}>
        <p className="keywords" data-testid="shared-terms">
          {terms.length === 0 && <span className="muted">{t('common.none')}</span>}
          {terms.map((term) => (
            <mark key={term.term} className="chip term" title={term.term}>
              {term.surface} <span className="share">{Math.round(term.share * 100)}%</span>
            </mark>
          ))}
        </p>
      </Section>

      <Section title={t('coord.path')}>
        {match.path ? (
          <ol className="path" data-testid="intro-path">
            {match.path.nodes.map((node, i) => (
              <li key={`${node.id}-${i}`}>
                {i > 0 && <span className="rel">{match.path!.relations[i - 1]}</span>}
                <span className="chip node">
                  <span className="kind-tag">{enumLabel(t, 'kind', kindOfPathNode(node.kind))}</span> {node.name}
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('coord.noPath')}</p>
        )}
      </Section>

      <Section title={t('coord.actions')}>
        <Actions match={match} onChanged={changed} />
      </Section>

      <Section title={t('coord.history')}>
        {match.history.length === 0 && <p className="muted">{t('coord.noHistory')}</p>}
        <ul className="history" data-testid="history">
          {match.history.map((event) => (
            <li key={event.id}>
              <span className="muted small">{formatDateTime(event.at, lang)}</span>{' '}
              {event.kind === 'STATUS' && (
                <>
                  <StatusBadge status={event.from} /> → <StatusBadge status={event.to} />
                </>
              )}
              {event.kind === 'ANSWER' && (
                <strong>{t(event.interested ? 'coord.answer.yes' : 'coord.answer.no')}</strong>
              )}
              {event.reason && <span> · {enumLabel(t, 'decline', event.reason)}</span>}
              {event.agreementKind && <span> · {enumLabel(t, 'agreement', event.agreementKind)}</span>}
              <span className="muted small"> · {t('coord.history.by', { name: event.byName })}</span>
              {event.note && <p className="note">{event.note}</p>}
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}

/** Path nodes name their label ("Organization", "SupportStaff"); the dictionary is keyed by network kind. */
function kindOfPathNode(label: string): string {
  return label.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

function targetText(m: MatchDetail): { title: string; subtitle: string; body: string; keywords: string[] } {
  if (m.seed) return { title: m.seed.title, subtitle: '', body: m.seed.summary, keywords: m.seed.keywords };
  if (m.equipment) {
    return {
      title: m.equipment.name,
      subtitle: '',
      body: [m.equipment.description, m.equipment.specifications].filter(Boolean).join('\n\n'),
      keywords: [],
    };
  }
  if (m.researcher)
    return {
      title: m.researcher.name,
      subtitle: m.researcher.title,
      body: m.researcher.profile,
      keywords: m.researcher.fields,
    };
  return { title: '—', subtitle: '', body: '', keywords: [] };
}

/**
 * One button per move the API says this user may make now (`nextStatuses`); declining asks for a
 * coded reason, agreeing for the kind of agreement.
 */
function Actions({ match, onChanged }: { match: MatchDetail; onChanged: (m: MatchDetail) => void }) {
  const { t } = useI18n();
  const [target, setTarget] = useState<MatchStatus | null>(null);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [agreement, setAgreement] = useState<AgreementKind | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const allowed = match.nextStatuses;

  if (!allowed.length) return <p className="muted">{t('coord.noActions')}</p>;

  const open = (to: MatchStatus) => {
    setTarget(to);
    setNote('');
    setReason('');
    setAgreement('');
    setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    if (target === 'DECLINED' && !reason) return setError(t('rule.required'));
    if (target === 'DECLINED' && reason === 'OTHER' && !note.trim()) return setError(t('coord.declineNoteRequired'));
    if (target === 'AGREED' && !agreement) return setError(t('rule.required'));
    setBusy(true);
    setError(null);
    try {
      const data = await gql(CHANGE_STATUS, {
        matchId: match.id,
        to: target,
        note: note.trim() || null,
        declineReason: target === 'DECLINED' ? reason || null : null,
        agreementKind: target === 'AGREED' ? agreement || null : null,
      });
      setTarget(null);
      onChanged(data.changeMatchStatus);
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="actions">
      <div className="button-row">
        {allowed.map((to) => (
          <button
            key={to}
            type="button"
            className={`button ${to === 'DECLINED' ? 'danger' : 'primary'}${target === to ? ' active' : ''}`}
            data-testid={`move-${to}`}
            onClick={() => open(to)}
          >
            {t('coord.moveTo', { status: enumLabel(t, 'status', to) })}
          </button>
        ))}
      </div>
      {target && (
        <form className="action-form" onSubmit={(event) => void submit(event)} data-testid="action-form">
          {target === 'DECLINED' && (
            <label className="field">
              <span>{t('coord.declineReason')}</span>
              <select
                name="declineReason"
                value={reason}
                onChange={(e) => setReason(e.target.value as DeclineReason)}
                required
              >
                <option value="">—</option>
                {DECLINE_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {enumLabel(t, 'decline', r)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {target === 'AGREED' && (
            <label className="field">
              <span>{t('coord.agreementKind')}</span>
              <select
                name="agreementKind"
                value={agreement}
                onChange={(e) => setAgreement(e.target.value as AgreementKind)}
                required
              >
                <option value="">—</option>
                {AGREEMENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {enumLabel(t, 'agreement', k)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="field">
            <span>{t('coord.note')}</span>
            <textarea name="note" rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button primary" disabled={busy} data-testid="confirm-move">
              {t('coord.confirm')}: {enumLabel(t, 'status', target)}
            </button>
            <button type="button" className="button ghost" onClick={() => setTarget(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
