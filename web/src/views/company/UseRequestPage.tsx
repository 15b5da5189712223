import { useState } from 'react';
import type { EquipmentUseStatus } from '../../gql/graphql';
import { gql } from '../../lib/api';
import { formatDateTime } from '../../lib/domain';
import { useI18n, type MessageKey } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { ErrorLine, Loading, StatusBadge } from '../../lib/ui';
import { useQuery } from '../../lib/use-query';
import { CHANGE_USE, EQUIPMENT, USE_REQUEST, type UseRequest } from './queries';
import { useAction } from './use-action';
import { COMPANY_MOVES, formatPeriod } from './use-request-parts';

const MOVE_LABEL: Partial<Record<EquipmentUseStatus, MessageKey>> = {
  APPROVED: 'company.useMove.accept',
  REQUESTED: 'company.useMove.decline',
  CANCELLED: 'company.useMove.cancel',
};

/** `/equipment/requests/:id`: one use request: the equipment, the periods, its history, and the company's moves. */
export function UseRequestPage({ requestId }: { requestId: string }) {
  const { t, lang } = useI18n();
  const loaded = useQuery(USE_REQUEST, { id: requestId });
  const [changed, setChanged] = useState<UseRequest | null>(null);
  const request = changed ?? loaded.data?.equipmentUseRequest ?? null;
  const equipment = useQuery(EQUIPMENT, { id: request?.equipmentId ?? '' }, { skip: !request });

  if (loaded.error !== null && !request)
    return (
      <div className="company-page panel">
        <ErrorLine error={loaded.error} onRetry={loaded.reload} />
        <Link to="/equipment">{t('company.backToEquipment')}</Link>
      </div>
    );
  if (!request) return <Loading />;
  const item = equipment.data?.equipment;

  return (
    <div className="company-page narrow" data-testid="use-request" data-status={request.status}>
      <nav className="crumbs" aria-label={t('company.crumbsLabel')}>
        <Link to="/equipment">{t('company.equipmentTitle')}</Link>
      </nav>
      <div className="page-head">
        <h1>{t('company.useRequestOf', { name: item?.name ?? '…' })}</h1>
        <StatusBadge status={request.status} prefix="company.useStatus" />
      </div>
      <section className="panel">
        <dl className="facts">
          <div>
            <dt>{t('company.purpose')}</dt>
            <dd>{request.purpose}</dd>
          </div>
          <div>
            <dt>{t('company.wishedPeriod')}</dt>
            <dd>{formatPeriod(request.wishedFrom, request.wishedTo, lang)}</dd>
          </div>
          {request.proposedFrom && request.proposedTo && (
            <div>
              <dt>{t('company.proposedPeriod')}</dt>
              <dd data-testid="proposed-period">{formatPeriod(request.proposedFrom, request.proposedTo, lang)}</dd>
            </div>
          )}
          {request.refusalReason && (
            <div>
              <dt>{t('company.refusalReason')}</dt>
              <dd>{request.refusalReason}</dd>
            </div>
          )}
          {item && (
            <div>
              <dt>{t('company.hostedBy')}</dt>
              <dd>
                {item.host?.name ?? '—'}
                {item.supportStaff.length > 0 &&
                  ` · ${t('company.supportStaff')}: ${item.supportStaff.map((s) => s.name).join(', ')}`}
              </dd>
            </div>
          )}
        </dl>
        <p className="next-step" data-testid="use-next-step">
          <strong>{t('company.nextStep')}</strong> {t(`company.useNext.${request.status}`)}
        </p>
        <Moves request={request} onChanged={setChanged} />
      </section>
      <section className="panel" aria-labelledby="use-history-title">
        <h2 id="use-history-title">{t('company.timeline')}</h2>
        <ol className="timeline" data-testid="use-history">
          {request.history.map((event) => (
            <li key={event.id}>
              <span className="timeline-at">{formatDateTime(event.at, lang)}</span>
              <span>
                {t(labelOfUseEvent(event.from ?? null, event.to))} · {event.byName}
                {event.proposedFrom &&
                  event.proposedTo &&
                  ` (${formatPeriod(event.proposedFrom, event.proposedTo, lang)})`}
              </span>
              {event.reason && <span className="note">{event.reason}</span>}
              {event.note && <span className="note">{event.note}</span>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** An event in words: the company's answers to a proposed time read as such. */
function labelOfUseEvent(from: EquipmentUseStatus | null, to: EquipmentUseStatus): MessageKey {
  if (from === 'TIME_PROPOSED' && to === 'REQUESTED') return 'company.useEvent.declinedTime';
  if (from === 'TIME_PROPOSED' && to === 'APPROVED') return 'company.useEvent.acceptedTime';
  return `company.useEvent.${to}`;
}

/** The company's moves for the request's status; cancelling asks once more. */
function Moves({ request, onChanged }: { request: UseRequest; onChanged: (r: UseRequest) => void }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction();
  const moves = COMPANY_MOVES[request.status];
  if (!moves.length) return null;

  const move = (to: EquipmentUseStatus) =>
    run(async () => {
      const data = await gql(CHANGE_USE, { requestId: request.id, to, note: note.trim() || null });
      setNote('');
      setConfirming(false);
      onChanged(data.changeEquipmentUseStatus);
    });

  return (
    <div className="use-moves">
      <label className="field">
        <span>{t('company.useNote')}</span>
        <input name="useNote" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('company.confirmCancel')}>
          <p>{t('company.confirmCancel')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button danger"
              disabled={busy}
              data-testid="confirm-cancel"
              onClick={() => void move('CANCELLED')}
            >
              {t('company.useMove.cancelYes')}
            </button>
            <button type="button" className="button ghost" onClick={() => setConfirming(false)}>
              {t('company.useMove.keep')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          {moves.map((to) => (
            <button
              key={to}
              type="button"
              className={`button ${to === 'CANCELLED' ? 'danger' : to === 'APPROVED' ? 'primary' : 'ghost'}`}
              disabled={busy}
              data-testid={`use-move-${to}`}
              onClick={() => (to === 'CANCELLED' ? setConfirming(true) : void move(to))}
            >
              {t(MOVE_LABEL[to]!)}
            </button>
          ))}
        </div>
      )}
      {error !== null && <ErrorLine error={error} />}
    </div>
  );
}
