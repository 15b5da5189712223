import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { AgreementKind, DeclineReason, MatchStatus } from '../../gql/graphql';
import { gql } from '../../lib/api';
import { AGREEMENT_KINDS, DECLINE_REASONS } from '../../lib/domain';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { enumLabel, useI18n } from '../../lib/i18n';
import { CHANGE_STATUS, type MatchView } from './queries';

type Field = 'declineReason' | 'agreementKind' | 'note';

/**
 * One button per move the server allows now (`nextStatuses`), each opening a short form: a note,
 * the reason of a decline, the kind of an agreement. Whether a move can be undone comes from the
 * server too (`undoableStatuses`). A decline is checked here first (reason required, a note for
 * "Other"), then confirmed before it is sent.
 */
export function ActionsPanel({
  match,
  onMoved,
}: {
  match: MatchView;
  onMoved: (m: MatchView, from: MatchStatus) => void;
}) {
  const { t } = useI18n();
  const ids = useId();
  const [target, setTarget] = useState<MatchStatus | null>(null);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [agreement, setAgreement] = useState<AgreementKind | ''>('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const fields = useRef<Partial<Record<Field, HTMLSelectElement | HTMLTextAreaElement | null>>>({});
  const confirmBox = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (confirming) confirmBox.current?.focus();
  }, [confirming]);

  if (!match.nextStatuses.length) return <p className="muted">{t('match.noActions')}</p>;

  const actionLabel = (to: MatchStatus) => enumLabel(t, 'match.action', to);
  const open = (to: MatchStatus) => {
    setTarget(to === target ? null : to);
    setNote('');
    setReason('');
    setAgreement('');
    setErrors({});
    setFormError(null);
    setConfirming(false);
  };
  const close = () => open(target!);

  /** The app's own checks, in the reader's language; the first field at fault gets the focus. */
  const check = (): boolean => {
    const found: Partial<Record<Field, string>> = {};
    if (target === 'DECLINED' && !reason) found.declineReason = t('rule.required');
    if (target === 'DECLINED' && reason === 'OTHER' && !note.trim()) found.note = t('match.noteForOther');
    if (target === 'AGREED' && !agreement) found.agreementKind = t('rule.required');
    setErrors(found);
    const first = (['declineReason', 'agreementKind', 'note'] as const).find((f) => found[f]);
    if (first) fields.current[first]?.focus();
    return !first;
  };

  const send = async () => {
    if (!target) return;
    setBusy(true);
    setFormError(null);
    const from = match.status;
    try {
      const data = await gql(CHANGE_STATUS, {
        matchId: match.id,
        to: target,
        note: note.trim() || null,
        declineReason: target === 'DECLINED' ? reason || null : null,
        agreementKind: target === 'AGREED' ? agreement || null : null,
      });
      setTarget(null);
      setConfirming(false);
      onMoved(data.changeMatchStatus, from);
    } catch (e) {
      const byField = fieldErrors(e, t);
      const known = (['declineReason', 'agreementKind', 'note'] as const).filter((f) => byField[f]);
      setConfirming(false);
      if (known.length) setErrors(Object.fromEntries(known.map((f) => [f, byField[f]])));
      else setFormError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!check()) return;
    if (target === 'DECLINED') setConfirming(true);
    else void send();
  };

  const describedBy = (field: Field) => (errors[field] ? `${ids}-${field}-error` : undefined);
  const fieldError = (field: Field) =>
    errors[field] && (
      <span id={`${ids}-${field}-error`} className="field-error" data-testid={`error-${field}`}>
        {errors[field]}
      </span>
    );
  /** A required choice among the API's enum values (a decline's reason, an agreement's kind). */
  const choice = (
    field: 'declineReason' | 'agreementKind',
    label: string,
    value: string,
    values: readonly string[],
    labels: string,
    onChange: (value: string) => void,
  ) => (
    <div className={`field${errors[field] ? ' invalid' : ''}`}>
      <label htmlFor={`${ids}-${field}`}>{label}</label>
      <select
        id={`${ids}-${field}`}
        ref={(el) => {
          fields.current[field] = el;
        }}
        name={field}
        value={value}
        disabled={confirming}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={describedBy(field)}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('match.choose')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {enumLabel(t, labels, v)}
          </option>
        ))}
      </select>
      {fieldError(field)}
    </div>
  );
  const undoable = target !== null && match.undoableStatuses.includes(target);

  return (
    <div className="actions">
      <div className="action-buttons">
        {match.nextStatuses.map((to, i) => (
          <button
            key={to}
            type="button"
            className={`button ${to === 'DECLINED' ? 'danger' : i === 0 ? 'primary' : 'ghost'}${target === to ? ' active' : ''}`}
            data-testid={`move-${to}`}
            aria-expanded={target === to}
            aria-controls={target === to ? `${ids}-form` : undefined}
            onClick={() => open(to)}
          >
            {actionLabel(to)}
          </button>
        ))}
      </div>
      {target && (
        <form
          id={`${ids}-form`}
          ref={formRef}
          className="action-form"
          noValidate
          onSubmit={submit}
          aria-label={actionLabel(target)}
          data-testid="action-form"
        >
          {target === 'DECLINED' &&
            choice('declineReason', t('match.declineReason'), reason, DECLINE_REASONS, 'decline', (v) =>
              setReason(v as DeclineReason),
            )}
          {target === 'AGREED' &&
            choice('agreementKind', t('match.agreementKind'), agreement, AGREEMENT_KINDS, 'agreement', (v) =>
              setAgreement(v as AgreementKind),
            )}
          <div className={`field${errors.note ? ' invalid' : ''}`}>
            <label htmlFor={`${ids}-note`}>
              {target === 'DECLINED' && reason === 'OTHER' ? t('match.noteRequired') : t('match.noteOptional')}
            </label>
            <textarea
              id={`${ids}-note`}
              ref={(el) => {
                fields.current.note = el;
              }}
              name="note"
              rows={2}
              maxLength={1000}
              value={note}
              disabled={confirming}
              aria-invalid={errors.note ? true : undefined}
              aria-describedby={describedBy('note')}
              onChange={(e) => setNote(e.target.value)}
            />
            {fieldError('note')}
          </div>
          {!confirming && (
            <p className="muted small" data-testid="undo-hint">
              {undoable ? t('match.undoable') : t('match.final')}
            </p>
          )}
          {formError && (
            <p className="error" role="alert" data-testid="move-error">
              {formError}
            </p>
          )}
          {confirming ? (
            <div
              className="confirm-box"
              role="group"
              aria-labelledby={`${ids}-confirm`}
              tabIndex={-1}
              ref={confirmBox}
              data-testid="confirm-decline-box"
            >
              <p id={`${ids}-confirm`}>
                <strong>{t('match.confirmDecline', { reason: enumLabel(t, 'decline', reason) })}</strong>{' '}
                {!undoable && t('match.final')}
              </p>
              <div className="button-row">
                <button
                  type="button"
                  className="button danger-solid"
                  disabled={busy}
                  data-testid="confirm-decline"
                  onClick={() => void send()}
                >
                  {t('match.yesDecline')}
                </button>
                <button type="button" className="button ghost" onClick={() => setConfirming(false)}>
                  {t('match.change')}
                </button>
              </div>
            </div>
          ) : (
            <div className="button-row">
              <button type="submit" className="button primary" disabled={busy} data-testid="confirm-move">
                {target === 'DECLINED' ? t('match.review') : t('match.confirm', { action: actionLabel(target) })}
              </button>
              <button type="button" className="button ghost" onClick={close}>
                {t('common.cancel')}
              </button>
            </div>
          )}
        </form>
      )}
    </div>
  );
}
