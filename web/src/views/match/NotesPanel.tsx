import { useId, useRef, useState, type FormEvent } from 'react';
import { gql } from '../../lib/api';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { ANNOTATE, type MatchView } from './queries';

/** The coordinators' latest note, and a note added to the history without changing the status. */
export function NotesPanel({
  match,
  onAnnotated,
}: {
  match: MatchView;
  onAnnotated: (m: MatchView, text: string) => void;
}) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  const ids = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!note.trim()) {
      setFieldError(t('rule.required'));
      input.current?.focus();
      return;
    }
    setFieldError(null);
    setBusy(true);
    try {
      const data = await gql(ANNOTATE, { matchId: match.id, note: note.trim() });
      setNote('');
      onAnnotated(data.annotateMatch, t('match.noteAdded'));
    } catch (e) {
      const byField = fieldErrors(e, t);
      if (byField.note) setFieldError(byField.note);
      else setFormError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="match-notes-title">
      <h2 id="match-notes-title">{t('match.notes')}</h2>
      {match.note && (
        <div className="latest-note" data-testid="latest-note">
          <h3>{t('match.latestNote')}</h3>
          <p className="note">{match.note}</p>
        </div>
      )}
      <form noValidate onSubmit={(event) => void submit(event)} data-testid="note-form">
        <div className={`field${fieldError ? ' invalid' : ''}`}>
          <label htmlFor={`${ids}-note`}>{t('match.noteLabel')}</label>
          <textarea
            id={`${ids}-note`}
            ref={input}
            name="annotation"
            rows={3}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={`${ids}-help${fieldError ? ` ${ids}-error` : ''}`}
          />
          <span id={`${ids}-help`} className="muted small">
            {t('match.noteHelp')}
          </span>
          {fieldError && (
            <span id={`${ids}-error`} className="field-error" data-testid="error-annotation">
              {fieldError}
            </span>
          )}
        </div>
        {formError && (
          <p className="error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="button" disabled={busy} data-testid="add-note">
          {t('match.addNote')}
        </button>
      </form>
    </section>
  );
}
