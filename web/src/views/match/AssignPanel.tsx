import { useId, useState, type FormEvent } from 'react';
import { gql } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { session } from '../../lib/session';
import { ErrorLine } from '../../lib/ui';
import { useQuery } from '../../lib/use-query';
import { ASSIGN, COORDINATOR_NAME, REGION_COORDINATORS, type MatchView } from './queries';

/** Who the match is assigned to, and assigning it to a colleague who covers the need's region. */
export function AssignPanel({
  match,
  onAssigned,
}: {
  match: MatchView;
  onAssigned: (m: MatchView, text: string) => void;
}) {
  const { t } = useI18n();
  const ids = useId();
  const me = session.user()?.linkedId ?? null;
  const regionId = match.need?.regionId ?? null;
  const colleagues = useQuery(REGION_COORDINATORS, { regionId: regionId ?? '' }, { skip: !regionId });
  const list = colleagues.data?.coordinators.edges.map((e) => e.node) ?? [];
  const assigneeId = match.assignedCoordinatorId ?? null;
  const inList = list.find((c) => c.id === assigneeId);
  // The assignee may no longer cover the region; then its name is read on its own.
  const outside = useQuery(
    COORDINATOR_NAME,
    { id: assigneeId ?? '' },
    { skip: !assigneeId || !colleagues.data || !!inList },
  );
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const nameOf = (c: { id: string; name: string }) => (c.id === me ? t('match.you', { name: c.name }) : c.name);
  const assigneeName = !assigneeId
    ? t('match.unassigned')
    : inList
      ? nameOf(inList)
      : outside.data
        ? t('match.outsideRegion', { name: outside.data.coordinator.name })
        : '…';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = choice || assigneeId || '';
    if (!chosen) return setError(t('rule.required'));
    setBusy(true);
    setError(null);
    try {
      const data = await gql(ASSIGN, { matchId: match.id, coordinatorId: chosen });
      const name = list.find((c) => c.id === chosen)?.name ?? chosen;
      setChoice('');
      onAssigned(data.assignMatch, t('match.assigned', { name }));
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="match-assign-title">
      <h2 id="match-assign-title">{t('match.assignee')}</h2>
      <p data-testid="assignee">{assigneeName}</p>
      {colleagues.error !== null && <ErrorLine error={colleagues.error} onRetry={colleagues.reload} />}
      {colleagues.data && list.length === 0 && <p className="muted">{t('match.noColleague')}</p>}
      {list.length > 0 && (
        <form className="assign-form" noValidate onSubmit={(event) => void submit(event)}>
          <div className="field">
            <label htmlFor={`${ids}-who`}>
              {t('match.assignTo', { region: match.need?.region?.name ?? t('match.assignThisRegion') })}
            </label>
            <select
              id={`${ids}-who`}
              name="coordinatorId"
              value={choice || assigneeId || ''}
              onChange={(e) => setChoice(e.target.value)}
              data-testid="assign-select"
            >
              {!assigneeId && <option value="">{t('match.choose')}</option>}
              {list.map((c) => (
                <option key={c.id} value={c.id}>
                  {nameOf(c)}
                  {c.specialtyFields.length ? ` · ${c.specialtyFields.slice(0, 3).join(', ')}` : ''}
                </option>
              ))}
            </select>
          </div>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button" disabled={busy} data-testid="assign">
            {t('match.assign')}
          </button>
        </form>
      )}
    </section>
  );
}
