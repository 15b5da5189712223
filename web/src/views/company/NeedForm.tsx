import { useState, type FormEvent, type ReactNode } from 'react';
import { gql } from '../../lib/api';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { BUDGET_BANDS, CONFIDENTIALITIES, NEED_STATUSES } from '../../lib/domain';
import { enumLabel, useI18n, type MessageKey } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { needDrafts, sameDraft, useWarnBeforeUnload } from './need-draft';
import { NEED_LIMITS, needInput, validateNeed, type NeedDraft, type NeedField } from './need-rules';
import { CREATE_NEED, UPDATE_NEED, type OwnNeed } from './queries';

const EMPTY: NeedDraft = {
  title: '',
  description: '',
  keywords: '',
  desiredOutcome: '',
  timeline: '',
  budgetBand: 'UNDECIDED',
  confidentiality: 'PRIVATE',
  status: 'OPEN',
};

function draftOf(need: OwnNeed): NeedDraft {
  return { ...need, keywords: need.keywords.join(', ') };
}

/**
 * Registers or edits a need. Each field shows its own message: the client's rules first, then the
 * server's BAD_USER_INPUT, whose `rules` name the fields (`input.title` -> title). What is typed is
 * kept as a draft (need-draft.ts) until saved or discarded.
 */
export function NeedForm({
  need,
  userId,
  backTo,
  onSaved,
}: {
  need: OwnNeed | null;
  userId: string;
  backTo: string;
  onSaved: (need: OwnNeed) => void;
}) {
  const { t } = useI18n();
  const needId = need?.id ?? null;
  const [base] = useState<NeedDraft>(() => (need ? draftOf(need) : EMPTY));
  const [initial] = useState(() => {
    const kept = needDrafts.load(userId, needId);
    const draft = kept ? { ...base, ...kept } : base;
    return { draft, restored: !sameDraft(draft, base) };
  });
  const [restored, setRestored] = useState(initial.restored);
  const [draft, setDraft] = useState<NeedDraft>(initial.draft);
  const [clientErrors, setClientErrors] = useState<Partial<Record<NeedField, string>>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const dirty = !sameDraft(draft, base);
  useWarnBeforeUnload(dirty && !busy);

  const set = <K extends NeedField>(field: K, value: NeedDraft[K]) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (sameDraft(next, base)) needDrafts.clear(userId, needId);
    else needDrafts.save(userId, needId, next);
    setClientErrors((e) => ({ ...e, [field]: undefined }));
    setServerErrors((e) => ({ ...e, [field]: '' }));
  };

  const discard = () => {
    needDrafts.clear(userId, needId);
    setDraft(base);
    setRestored(false);
    setClientErrors({});
    setServerErrors({});
    setFormError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validateNeed(draft);
    const messages = Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, t(p.key, p.params)]));
    setClientErrors(messages);
    setServerErrors({});
    if (Object.keys(messages).length) return setFormError(t('rule.fixErrors'));
    setFormError(null);
    setBusy(true);
    try {
      const input = needInput(draft);
      const saved = need
        ? (await gql(UPDATE_NEED, { id: need.id, input })).updateNeed
        : (await gql(CREATE_NEED, { input: { ...input, status: undefined } })).createNeed;
      needDrafts.clear(userId, needId);
      onSaved(saved);
    } catch (e) {
      const byField = fieldErrors(e, t);
      setServerErrors(byField);
      setFormError(Object.keys(byField).length ? t('rule.fixErrors') : errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  const error = (field: NeedField) => clientErrors[field] || serverErrors[field] || null;
  const field = (name: NeedField, label: MessageKey, control: ReactNode) => (
    <label className={`field${error(name) ? ' invalid' : ''}`} data-field={name}>
      <span>{t(label)}</span>
      {control}
      {error(name) && (
        <span className="field-error" data-testid={`error-${name}`} role="alert">
          {error(name)}
        </span>
      )}
    </label>
  );

  return (
    <form className="panel need-form" onSubmit={(event) => void submit(event)} noValidate data-testid="need-form">
      <h1>{need ? t('company.editNeed') : t('company.newNeed')}</h1>
      {restored && (
        <p className="draft-note" role="status" data-testid="draft-restored">
          {t('company.draftRestored')}
        </p>
      )}
      {formError && (
        <p className="error" role="alert">
          {formError}
        </p>
      )}
      {field(
        'title',
        'field.title',
        <input
          name="title"
          value={draft.title}
          aria-invalid={!!error('title')}
          onChange={(e) => set('title', e.target.value)}
        />,
      )}
      {field(
        'description',
        'field.description',
        <textarea
          name="description"
          rows={6}
          value={draft.description}
          aria-invalid={!!error('description')}
          onChange={(e) => set('description', e.target.value)}
        />,
      )}
      {field(
        'keywords',
        'field.keywords',
        <input name="keywords" value={draft.keywords} onChange={(e) => set('keywords', e.target.value)} />,
      )}
      <div className="field-row">
        {field(
          'desiredOutcome',
          'field.desiredOutcome',
          <input
            name="desiredOutcome"
            maxLength={NEED_LIMITS.shortText + 100}
            value={draft.desiredOutcome}
            onChange={(e) => set('desiredOutcome', e.target.value)}
          />,
        )}
        {field(
          'timeline',
          'field.timeline',
          <input name="timeline" value={draft.timeline} onChange={(e) => set('timeline', e.target.value)} />,
        )}
      </div>
      <div className="field-row">
        {field(
          'budgetBand',
          'field.budgetBand',
          <select
            name="budgetBand"
            value={draft.budgetBand}
            onChange={(e) => set('budgetBand', e.target.value as NeedDraft['budgetBand'])}
          >
            {BUDGET_BANDS.map((b) => (
              <option key={b} value={b}>
                {enumLabel(t, 'budget', b)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'confidentiality',
          'field.confidentiality',
          <select
            name="confidentiality"
            value={draft.confidentiality}
            onChange={(e) => set('confidentiality', e.target.value as NeedDraft['confidentiality'])}
          >
            {CONFIDENTIALITIES.map((c) => (
              <option key={c} value={c}>
                {enumLabel(t, 'conf', c)}
              </option>
            ))}
          </select>,
        )}
        {need &&
          field(
            'status',
            'field.status',
            <select
              name="status"
              value={draft.status}
              onChange={(e) => set('status', e.target.value as NeedDraft['status'])}
            >
              {NEED_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {enumLabel(t, 'needStatus', s)}
                </option>
              ))}
            </select>,
          )}
      </div>
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy} data-testid="save-need">
          {t('common.save')}
        </button>
        {dirty && (
          <button type="button" className="button danger" data-testid="discard-draft" onClick={discard}>
            {t('company.discardDraft')}
          </button>
        )}
        <Link to={backTo} className="button ghost">
          {t('company.back')}
        </Link>
        {dirty && <span className="muted small">{t('company.draftKept')}</span>}
      </div>
    </form>
  );
}
