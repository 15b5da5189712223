import { useEffect, useState } from 'react';
import type { RegionsQuery } from '../../gql/graphql';
import { gql } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { navigate, useLocation, withSearch } from '../../lib/router';
import { session } from '../../lib/session';
import { ErrorLine, Loading } from '../../lib/ui';
import { GraphExplorer } from './GraphExplorer';
import { KpiDashboard } from './KpiDashboard';
import { MY_CONSORTIUM, REGIONS } from './queries';

type RegionOption = RegionsQuery['regions']['edges'][number]['node'];

/**
 * The consortium manager's home: the network explorer (/network) and the KPI dashboard (/kpis), for
 * one region at a time (?region=<id>, so a link or a reload keeps it).
 */
export function ManagerHome({ tab }: { tab: 'graph' | 'kpis' }) {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  const [regions, setRegions] = useState<RegionOption[] | null>(null);
  const [defaultRegionId, setDefaultRegionId] = useState<string>('');
  const chosen = search.get('region');
  const regionId = chosen && regions?.some((r) => r.id === chosen) ? chosen : defaultRegionId;
  const setRegionId = (id: string) => navigate(withSearch(pathname, search, { region: id }));
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
        setDefaultRegionId(home ?? list[0]?.id ?? '');
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
