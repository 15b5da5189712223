import { useEffect, useState } from 'react';
import type { RegionsQuery } from '../../gql/graphql';
import { gql } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { session } from '../../lib/session';
import { ErrorLine, Loading } from '../../lib/ui';
import { GraphExplorer } from './GraphExplorer';
import { KpiDashboard } from './KpiDashboard';
import { MY_CONSORTIUM, REGIONS } from './queries';

type RegionOption = RegionsQuery['regions']['edges'][number]['node'];

/** The consortium manager's home: the network explorer and the KPI dashboard, for one region at a time. */
export function ManagerHome() {
  const { t } = useI18n();
  const [tab, setTab] = useState<'graph' | 'kpis'>('graph');
  const [regions, setRegions] = useState<RegionOption[] | null>(null);
  const [regionId, setRegionId] = useState<string>('');
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    void (async () => {
      try {
        const data = await gql(REGIONS);
        const list = data.regions.edges.map((e) => e.node);
        setRegions(list);
        // Start in the region of the consortium the manager runs, when it has one.
        const linkedId = session.user()?.linkedId;
        let home: string | undefined;
        if (linkedId) {
          try {
            home = (await gql(MY_CONSORTIUM, { id: linkedId })).consortium.region?.id;
          } catch {
            home = undefined;
          }
        }
        setRegionId(home ?? list[0]?.id ?? '');
      } catch (e) {
        setError(e);
      }
    })();
  }, []);

  if (error !== null)
    return (
      <div className="panel">
        <ErrorLine error={error} />
      </div>
    );
  if (!regions)
    return (
      <div className="panel">
        <Loading />
      </div>
    );

  return (
    <div className="manager" data-testid="manager-home">
      <div className="toolbar panel">
        <div className="tabs" role="tablist">
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'graph'}
            className={`tab${tab === 'graph' ? ' active' : ''}`}
            data-testid="tab-graph"
            onClick={() => setTab('graph')}
          >
            {t('explorer.graph')}
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'kpis'}
            className={`tab${tab === 'kpis' ? ' active' : ''}`}
            data-testid="tab-kpis"
            onClick={() => setTab('kpis')}
          >
            {t('explorer.kpis')}
          </button>
        </div>
        <label className="inline-field">
          <span>{t('explorer.region')}</span>
          <select
            name="region"
            value={regionId}
            onChange={(e) => setRegionId(e.target.value)}
            data-testid="region-select"
          >
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {regionId && tab === 'graph' && <GraphExplorer key={regionId} regionId={regionId} />}
      {regionId && tab === 'kpis' && <KpiDashboard key={regionId} regionId={regionId} />}
    </div>
  );
}
