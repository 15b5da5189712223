import { useState, type FormEvent, type ReactNode } from 'react';
import { gql } from '../../lib/api';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { enumLabel, useI18n } from '../../lib/i18n';
import { Link, navigate, useLocation, withSearch } from '../../lib/router';
import { ErrorLine, Loading, StatusBadge } from '../../lib/ui';
import { useQuery } from '../../lib/use-query';
import { EQUIPMENTS, REQUEST_USE, USE_REQUESTS, type EquipmentSummary } from './queries';
import { dayToIso, formatPeriod } from './use-request-parts';

/**
 * `/equipment`: the company's use requests, and the shared equipment it may ask to use. The open
 * request form is in the URL (`?request=<equipment id>`, with `&match=<id>` when it follows a
 * shared equipment match), so a reload keeps it open.
 */
export function EquipmentPage() {
  const { t, lang } = useI18n();
  const { pathname, search } = useLocation();
  const keyword = search.get('q') ?? '';
  const requestFor = search.get('request');
  const fromMatch = search.get('match');
  const [typed, setTyped] = useState(keyword);
  const equipments = useQuery(EQUIPMENTS, { keyword: keyword || null, availability: null });
  const requests = useQuery(USE_REQUESTS, {});
  // Names for the request list; the demo region has a few dozen pieces, all on the first page.
  const names = new Map(equipments.data?.equipments.edges.map((e) => [e.node.id, e.node.name]) ?? []);
  const list = equipments.data?.equipments.edges.map((e) => e.node) ?? null;
  const requestList = requests.data?.equipmentUseRequests.edges.map((e) => e.node) ?? null;

  const searchFor = (event: FormEvent) => {
    event.preventDefault();
    navigate(withSearch(pathname, search, { q: typed.trim() }), { replace: true });
  };

  return (
    <div className="company-page" data-testid="equipment-page">
      <div className="page-head">
        <h1>{t('company.equipmentTitle')}</h1>
      </div>
      <section className="panel" aria-labelledby="requests-title">
        <h2 id="requests-title">{t('company.ourRequests')}</h2>
        {requests.error !== null && <ErrorLine error={requests.error} onRetry={requests.reload} />}
        {requestList === null && requests.error === null && <Loading />}
        {requestList?.length === 0 && <p className="muted">{t('company.noRequests')}</p>}
        <ul className="need-rows" data-testid="use-requests">
          {requestList?.map((r) => (
            <li key={r.id} className="need-row" data-request-id={r.id} data-status={r.status}>
              <div className="need-row-main">
                <Link to={`/equipment/requests/${r.id}`} className="need-link">
                  {names.get(r.equipmentId) ?? t('company.someEquipment')}
                </Link>
                <div className="muted small">
                  {formatPeriod(r.wishedFrom, r.wishedTo, lang)} · {r.purpose}
                </div>
              </div>
              <div className="need-row-facts">
                <StatusBadge status={r.status} prefix="company.useStatus" />
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="equipment-title">
        <div className="section-head wrap">
          <h2 id="equipment-title">{t('company.equipmentAvailable')}</h2>
          <form className="search" role="search" onSubmit={searchFor}>
            <input
              type="search"
              name="q"
              aria-label={t('company.searchEquipment')}
              placeholder={t('company.searchEquipment')}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
            <button type="submit" className="button ghost small">
              {t('company.search')}
            </button>
          </form>
        </div>
        {equipments.error !== null && <ErrorLine error={equipments.error} onRetry={equipments.reload} />}
        {list === null && equipments.error === null && <Loading />}
        {list?.length === 0 && <p className="muted">{t('company.noEquipment')}</p>}
        <ul className="equipment-list" data-testid="equipment-list">
          {list?.map((item) => (
            <EquipmentItem
              key={item.id}
              item={item}
              open={requestFor === item.id}
              matchId={requestFor === item.id ? fromMatch : null}
              onToggle={(open) =>
                navigate(withSearch(pathname, search, { request: open ? item.id : null, match: null }), {
                  replace: true,
                })
              }
            />
          ))}
        </ul>
      </section>
    </div>
  );
}

function EquipmentItem({
  item,
  open,
  matchId,
  onToggle,
}: {
  item: EquipmentSummary;
  open: boolean;
  matchId: string | null;
  onToggle: (open: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <li className="equipment-item" data-equipment-id={item.id}>
      <div className="match-head">
        <div>
          <h3>{item.name}</h3>
          <p className="muted small">
            {item.category} · {t('company.hostedBy')} {item.host?.name ?? '—'}
            {item.host?.region && ` (${item.host.region.name})`}
          </p>
        </div>
        <span className={`badge badge-avail-${item.availability.toLowerCase()}`}>
          {enumLabel(t, 'company.availability', item.availability)}
        </span>
      </div>
      <p className="long-text clamp">{item.description}</p>
      <dl className="facts">
        <div>
          <dt>{t('company.fees')}</dt>
          <dd>{item.fees || '—'}</dd>
        </div>
        <div>
          <dt>{t('company.conditions')}</dt>
          <dd>{item.conditions || '—'}</dd>
        </div>
      </dl>
      {open ? (
        <RequestForm equipment={item} matchId={matchId} onClose={() => onToggle(false)} />
      ) : (
        <button
          type="button"
          className="button primary small"
          data-testid="request-use"
          onClick={() => onToggle(true)}
          aria-expanded={false}
        >
          {t('company.requestUse')}
        </button>
      )}
    </li>
  );
}

type RequestField = 'purpose' | 'wishedFrom' | 'wishedTo';

function RequestForm({
  equipment,
  matchId,
  onClose,
}: {
  equipment: EquipmentSummary;
  matchId: string | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<Record<RequestField, string>>({ purpose: '', wishedFrom: '', wishedTo: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: RequestField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: '' }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!values.purpose.trim()) problems.purpose = t('rule.required');
    else if ([...values.purpose.trim()].length > 1000) problems.purpose = t('rule.max', { max: 1000 });
    if (!values.wishedFrom) problems.wishedFrom = t('rule.required');
    if (!values.wishedTo) problems.wishedTo = t('rule.required');
    else if (values.wishedFrom && values.wishedTo < values.wishedFrom) problems.wishedTo = t('company.rule.afterFrom');
    setErrors(problems);
    if (Object.keys(problems).length) return setFormError(t('rule.fixErrors'));
    setFormError(null);
    setBusy(true);
    try {
      const data = await gql(REQUEST_USE, {
        input: {
          equipmentId: equipment.id,
          matchId,
          purpose: values.purpose.trim(),
          wishedFrom: dayToIso(values.wishedFrom),
          wishedTo: dayToIso(values.wishedTo, true),
        },
      });
      navigate(`/equipment/requests/${data.requestEquipmentUse.id}`);
    } catch (e) {
      const byField = fieldErrors(e, t);
      setErrors(byField);
      setFormError(Object.keys(byField).length ? t('rule.fixErrors') : errorMessage(e, t));
      setBusy(false);
    }
  };

  const field = (name: RequestField, label: string, control: ReactNode) => (
    <label className={`field${errors[name] ? ' invalid' : ''}`} data-field={name}>
      <span>{label}</span>
      {control}
      {errors[name] && (
        <span className="field-error" data-testid={`error-${name}`} role="alert">
          {errors[name]}
        </span>
      )}
    </label>
  );

  const dayField = (name: 'wishedFrom' | 'wishedTo', label: string) =>
    field(
      name,
      label,
      <input
        type="date"
        name={name}
        value={values[name]}
        aria-invalid={!!errors[name]}
        onChange={(e) => set(name, e.target.value)}
      />,
    );

  return (
    <form className="request-form" onSubmit={(e) => void submit(e)} noValidate data-testid="request-form">
      <h4>{t('company.requestUseOf', { name: equipment.name })}</h4>
      {matchId && <p className="muted small">{t('company.requestFromMatch')}</p>}
      {formError && (
        <p className="error" role="alert">
          {formError}
        </p>
      )}
      {field(
        'purpose',
        t('company.purpose'),
        <textarea
          name="purpose"
          rows={3}
          value={values.purpose}
          aria-invalid={!!errors.purpose}
          onChange={(e) => set('purpose', e.target.value)}
        />,
      )}
      <div className="field-row">
        {dayField('wishedFrom', t('company.wishedFrom'))}
        {dayField('wishedTo', t('company.wishedTo'))}
      </div>
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy} data-testid="send-request">
          {t('company.sendRequest')}
        </button>
        <button type="button" className="button ghost" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
