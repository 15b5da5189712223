import { useState, type FormEvent } from 'react';
import type { DeclineReason, MatchStatus } from '../../gql/graphql';
import { ApiError, gql } from '../../lib/api';
import { DECLINE_REASONS } from '../../lib/domain';
import { errorMessage } from '../../lib/errors';
import { enumLabel, useI18n } from '../../lib/i18n';
import { MOVE_MATCHES, targetName, type PipelineRow } from './queries';

/** The bulk moves the pipeline offers, when the server allows them for every selected match. */
const BULK_MOVES = ['SHORTLISTED', 'DECLINED'] as const satisfies readonly MatchStatus[];

/**
 * Moves the selected matches together, all or nothing (changeMatchStatuses): shortlist, or decline
 * with one reason (and a note, which the server requires for "Other"). Which moves are offered comes from each match's `nextStatuses`, so
 * the workflow's rules stay on the server.
 */
export function BulkBar({
  rows,
  onClear,
  onDone,
}: {
  rows: readonly PipelineRow[];
  onClear: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [note, setNote] = useState('');
  const [invalid, setInvalid] = useState<{ reason?: string; note?: string }>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const allowed = BULK_MOVES.filter((to) => rows.every((row) => row.nextStatuses.includes(to)));

  const move = async (to: MatchStatus, extra: { declineReason?: DeclineReason; note?: string } = {}) => {
    setBusy(true);
    setProblem(null);
    try {
      const { changeMatchStatuses: moved } = await gql(MOVE_MATCHES, {
        matchIds: rows.map((row) => row.id),
        to,
        ...extra,
      });
      onDone(t('pipeline.moved', { count: moved.length, status: enumLabel(t, 'status', to) }));
    } catch (error) {
      setProblem(refusal(error));
    } finally {
      setBusy(false);
    }
  };

  /** All or nothing: the server names the first match it refused; say which need it is. */
  const refusal = (error: unknown): string => {
    const refused = error instanceof ApiError ? error.errors[0]?.extensions?.matchId : undefined;
    const row = rows.find((r) => r.id === refused);
    const problem = errorMessage(error, t);
    return row
      ? t('pipeline.refusedOne', { need: row.need?.title ?? '—', target: targetName(row), problem })
      : t('pipeline.refused', { problem });
  };

  const decline = (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      reason: reason === '' ? t('pipeline.reasonRequired') : undefined,
      note: reason === 'OTHER' && note.trim() === '' ? t('pipeline.noteRequired') : undefined,
    };
    setInvalid(problems);
    if (problems.reason || problems.note || reason === '') return;
    void move('DECLINED', { declineReason: reason, note: note.trim() || undefined });
  };

  return (
    <section className="bulk-bar" aria-label={t('pipeline.selected', { count: rows.length })} data-testid="bulk-bar">
      <div className="button-row">
        <strong>{t('pipeline.selected', { count: rows.length })}</strong>
        {allowed.includes('SHORTLISTED') && (
          <button
            type="button"
            className="button primary"
            data-testid="bulk-shortlist"
            disabled={busy}
            onClick={() => void move('SHORTLISTED')}
          >
            {t('pipeline.shortlist')}
          </button>
        )}
        {allowed.includes('DECLINED') && (
          <button
            type="button"
            className="button danger"
            data-testid="bulk-decline"
            disabled={busy}
            aria-expanded={declining}
            onClick={() => setDeclining((open) => !open)}
          >
            {t('pipeline.decline')}
          </button>
        )}
        <button type="button" className="button ghost" disabled={busy} onClick={onClear}>
          {t('pipeline.clearSelection')}
        </button>
      </div>
      {allowed.length === 0 && <p className="muted small">{t('pipeline.noCommonMove')}</p>}
      {declining && allowed.includes('DECLINED') && (
        <form className="bulk-decline" onSubmit={decline} noValidate data-testid="bulk-decline-form">
          <label className={`field${invalid.reason ? ' invalid' : ''}`}>
            <span>{t('pipeline.declineReason')}</span>
            <select
              data-testid="bulk-reason"
              value={reason}
              aria-invalid={invalid.reason ? true : undefined}
              aria-describedby={invalid.reason ? 'bulk-reason-error' : undefined}
              onChange={(e) => setReason(e.target.value as DeclineReason | '')}
            >
              <option value="">{t('pipeline.chooseReason')}</option>
              {DECLINE_REASONS.map((value) => (
                <option key={value} value={value}>
                  {enumLabel(t, 'decline', value)}
                </option>
              ))}
            </select>
            {invalid.reason && (
              <span className="field-error" id="bulk-reason-error">
                {invalid.reason}
              </span>
            )}
          </label>
          <label className={`field${invalid.note ? ' invalid' : ''}`}>
            <span>{reason === 'OTHER' ? t('pipeline.note') : t('pipeline.noteOptional')}</span>
            <textarea
              rows={2}
              maxLength={1000}
              data-testid="bulk-note"
              value={note}
              aria-invalid={invalid.note ? true : undefined}
              aria-describedby={invalid.note ? 'bulk-note-error' : undefined}
              onChange={(e) => setNote(e.target.value)}
            />
            {invalid.note && (
              <span className="field-error" id="bulk-note-error">
                {invalid.note}
              </span>
            )}
          </label>
          <button type="submit" className="button danger" data-testid="bulk-confirm-decline" disabled={busy}>
            {t('pipeline.confirmDecline', { count: rows.length })}
          </button>
        </form>
      )}
      {problem && (
        <p className="error" role="alert" data-testid="bulk-problem">
          {problem}
        </p>
      )}
    </section>
  );
}
