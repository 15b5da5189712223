import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import { gql } from '../../lib/api';
import { enumLabel, useI18n, type MessageKey } from '../../lib/i18n';
import { ErrorLine, Loading } from '../../lib/ui';
import { FIGURES, KIND_COLOURS, KPIS, type ProgramKpis, type RegionFigures } from './queries';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Tooltip, Legend);

const DAY = 24 * 3600 * 1000;
const FUNNEL: (keyof ProgramKpis & `matches${string}`)[] = [
  'matchesSuggested',
  'matchesReviewed',
  'matchesShared',
  'matchesIntroduced',
  'matchesAgreed',
];

/** A chart.js chart bound to a canvas, rebuilt when its configuration changes. */
function ChartCanvas({ config, label }: { config: ChartConfiguration; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const chart = new Chart(canvas.current!, config);
    return () => chart.destroy();
  }, [config]);
  return (
    <div className="chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

/** Program KPIs for a period and the region's network figures, as charts and short lists. */
export function KpiDashboard({ regionId }: { regionId: string }) {
  const { t } = useI18n();
  const [days, setDays] = useState(365);
  const [kpis, setKpis] = useState<ProgramKpis | null>(null);
  const [figures, setFigures] = useState<RegionFigures | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const to = new Date(Date.now() + DAY);
    const from = new Date(to.getTime() - days * DAY);
    gql(KPIS, { regionId, from: from.toISOString(), to: to.toISOString() })
      .then((d) => live && setKpis(d.programKpis))
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [regionId, days]);

  useEffect(() => {
    let live = true;
    gql(FIGURES, { regionId })
      .then((d) => live && setFigures(d.regionFigures))
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [regionId]);

  // Chart configurations derive from the answers; memoised so a chart is rebuilt only when they change.
  const funnelConfig = useMemo<ChartConfiguration | null>(
    () =>
      kpis && {
        type: 'bar',
        data: {
          labels: FUNNEL.map((k) => t(`kpi.${k}` as MessageKey)),
          datasets: [
            {
              label: t('kpi.funnel'),
              data: FUNNEL.map((k) => kpis[k]),
              backgroundColor: ['#94a3b8', '#60a5fa', '#3b82f6', '#2563eb', '#16a34a'],
            },
          ],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false } },
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        },
      },
    [kpis, t],
  );

  const kindsConfig = useMemo<ChartConfiguration | null>(() => {
    if (!figures) return null;
    const counts = figures.countsByKind.filter((c) => c.count > 0);
    return {
      type: 'doughnut',
      data: {
        labels: counts.map((c) => enumLabel(t, 'kind', c.kind)),
        datasets: [
          { data: counts.map((c) => c.count), backgroundColor: counts.map((c) => KIND_COLOURS[c.kind] ?? '#64748b') },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { position: 'right', labels: { boxWidth: 12 } } },
      },
    };
  }, [figures, t]);

  const topConfig = useMemo<ChartConfiguration | null>(() => {
    if (!figures) return null;
    const top = [...figures.topOrganizations, ...figures.topResearchers]
      .sort((a, b) => b.degree - a.degree)
      .slice(0, 10);
    return {
      type: 'bar',
      data: {
        labels: top.map((r) => r.node.label),
        datasets: [
          {
            label: t('kpi.connections'),
            data: top.map((r) => r.degree),
            backgroundColor: top.map((r) => KIND_COLOURS[r.node.kind] ?? '#64748b'),
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    };
  }, [figures, t]);

  if (error !== null)
    return (
      <div className="panel">
        <ErrorLine error={error} />
      </div>
    );
  if (!kpis)
    return (
      <div className="panel">
        <Loading />
      </div>
    );

  const tiles: [MessageKey, string][] = [
    ['kpi.seedsCollected', String(kpis.seedsCollected)],
    ['kpi.needsSurveyed', String(kpis.needsSurveyed)],
    ['kpi.hrProgramParticipants', String(kpis.hrProgramParticipants)],
    ['kpi.medianDays', kpis.medianDaysToIntroduction === null ? '—' : String(kpis.medianDaysToIntroduction)],
  ];

  return (
    <div className="dashboard" data-testid="kpi-dashboard">
      <div className="panel dashboard-head">
        <label className="inline-field">
          <span>{t('kpi.period')}</span>
          <select
            value={days}
            onChange={(e) => {
              setError(null);
              setDays(Number(e.target.value));
            }}
          >
            <option value={90}>{t('kpi.last90')}</option>
            <option value={365}>{t('kpi.last365')}</option>
          </select>
        </label>
        <div className="tiles">
          {tiles.map(([key, value]) => (
            <div key={key} className="tile" data-testid={`tile-${key}`}>
              <div className="tile-value">{value}</div>
              <div className="tile-label">{t(key)}</div>
            </div>
          ))}
        </div>
      </div>
      <div className="chart-grid">
        <div className="panel">
          <h3>{t('kpi.funnel')}</h3>
          {funnelConfig && <ChartCanvas config={funnelConfig} label={t('kpi.funnel')} />}
        </div>
        <div className="panel">
          <h3>{t('kpi.countsByKind')}</h3>
          {figures ? kindsConfig && <ChartCanvas config={kindsConfig} label={t('kpi.countsByKind')} /> : <Loading />}
        </div>
        <div className="panel">
          <h3>
            {t('kpi.topOrganizations')} / {t('kpi.topResearchers')}
          </h3>
          {figures ? topConfig && <ChartCanvas config={topConfig} label={t('kpi.topOrganizations')} /> : <Loading />}
        </div>
        <div className="panel lists">
          <h3>{t('kpi.unmetNeeds')}</h3>
          <NameList items={figures?.unmetNeeds.map((n) => ({ id: n.id, name: n.title, detail: n.company?.name }))} />
          <h3>{t('kpi.orphanSeeds')}</h3>
          <NameList items={figures?.orphanSeeds.map((s) => ({ id: s.id, name: s.title }))} />
        </div>
      </div>
      <div className="panel">
        <h3>{t('kpi.clusters')}</h3>
        {figures?.unmetNeedClusters.length === 0 && <p className="muted">{t('kpi.noData')}</p>}
        <ul className="clusters">
          {figures?.unmetNeedClusters.map((c, i) => (
            <li key={i}>
              <p className="keywords">
                {c.terms.map((term) => (
                  <span key={term} className="chip term">
                    {term}
                  </span>
                ))}
              </p>
              <p className="small">{c.needs.map((n) => n.title).join(' · ')}</p>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function NameList({ items }: { items: { id: string; name: string; detail?: string }[] | undefined }) {
  const { t } = useI18n();
  if (!items) return <Loading />;
  if (!items.length) return <p className="muted small">{t('kpi.noData')}</p>;
  return (
    <ul className="name-list">
      {items.slice(0, 8).map((item) => (
        <li key={item.id}>
          {item.name}
          {item.detail && <span className="muted small"> · {item.detail}</span>}
        </li>
      ))}
      {items.length > 8 && <li className="muted small">+{items.length - 8}</li>}
    </ul>
  );
}
