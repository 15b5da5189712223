import { useState } from 'react';
import type { MatchStatus, PipelineCountsQuery } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n';
import { navigate, useLocation, withSearch } from '../../lib/router';
import { session } from '../../lib/session';
import { ErrorLine, Loading } from '../../lib/ui';
import { useQuery } from '../../lib/use-query';
import { BulkBar } from './BulkBar';
import { PipelineFilters, type FilterChoices } from './PipelineFilters';
import { PipelineList } from './PipelineList';
import { apiSort, filterVariables, readView, viewParams, type PipelineView } from './pipeline-view';
import { PAGE_SIZE, PIPELINE_CHOICES, PIPELINE_COUNTS, PIPELINE_REGIONS } from './queries';
import { StageTabs } from './StageTabs';
import { useMatchPages } from './use-match-pages';
import './pipeline.css';

/**
 * The coordinator's pipeline: every match of their regions by stage, with a count per stage, the
 * stage, the sort and the filters in the URL, a page at a time to the last match, and bulk moves.
 * The filters become one MatchPipelineFilter, sent as it is for the counts and with the stage for
 * the list (matchPipelineCounts, matchPipeline).
 */
export function Pipeline() {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  const view = readView(search);
  const filter = filterVariables(view);
  const me = session.user()?.linkedId ?? '';

  const regions = useQuery(PIPELINE_REGIONS, { me }, { skip: !me });
  const myRegions = regions.data?.coordinator.regions ?? [];
  // Companies and needs are listed within one region: the one chosen, or the only one covered.
  const scope = view.regionId ?? (myRegions.length === 1 ? myRegions[0].id : null);
  const choices = useQuery(
    PIPELINE_CHOICES,
    { regionId: scope, companyId: view.companyId, inRegion: scope !== null },
    { skip: regions.data === null },
  );
  const counts = useQuery(PIPELINE_COUNTS, { filter });
  const pages = useMatchPages({ filter: { ...filter, statuses: [view.stage] }, sort: apiSort(view) });
  const [flash, setFlash] = useState<string | null>(null);

  // A selection belongs to one list: another stage, filter or order starts with none.
  const listKey = JSON.stringify([view.stage, view.sort, filter]);
  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<string> }>({
    key: listKey,
    ids: new Set(),
  });
  const selected = selection.key === listKey ? selection.ids : new Set<string>();
  const select = (ids: ReadonlySet<string>) => setSelection({ key: listKey, ids });

  const change = (changes: Partial<PipelineView>, { replace = false } = {}) => {
    setFlash(null);
    navigate(withSearch(pathname, search, viewParams(changes)), { replace });
  };
  const refresh = () => {
    pages.reload();
    counts.reload();
  };

  const filterChoices: FilterChoices = {
    regions: myRegions,
    companies: scope === null ? null : (choices.data?.organizations?.edges.map(({ node }) => node) ?? []),
    needs:
      scope === null ? null : (choices.data?.needs?.edges.map(({ node }) => ({ id: node.id, name: node.title })) ?? []),
    coordinators: choices.data?.coordinators.edges.map(({ node }) => node) ?? [],
  };
  const coordinatorNames = new Map(filterChoices.coordinators.map((c) => [c.id, c.name]));
  const rows = pages.rows;

  return (
    <div className="pipeline" data-testid="pipeline">
      <div className="pipeline-head">
        <h1>{t('pipeline.title')}</h1>
        {rows && (
          <p className="pipeline-shown small" data-testid="pipeline-shown" aria-live="polite">
            {t('pipeline.shown', { shown: rows.length, total: pages.totalCount })}
          </p>
        )}
      </div>
      <StageTabs
        stage={view.stage}
        counts={counts.data && stageCounts(counts.data)}
        hrefFor={(stage) => withSearch(pathname, search, viewParams({ stage }))}
        onPick={() => setFlash(null)}
      />
      {counts.error !== null && <ErrorLine error={counts.error} onRetry={counts.reload} />}
      <PipelineFilters view={view} choices={filterChoices} onChange={change} />
      {regions.error !== null && <ErrorLine error={regions.error} onRetry={regions.reload} />}
      {choices.error !== null && <ErrorLine error={choices.error} onRetry={choices.reload} />}

      {flash && (
        <p className="success" role="status" data-testid="pipeline-flash">
          {flash}
        </p>
      )}
      {pages.error !== null && <ErrorLine error={pages.error} onRetry={pages.reload} />}
      {rows === null && pages.error === null && <Loading />}
      {rows?.length === 0 && <p className="panel empty">{t('pipeline.empty')}</p>}
      {rows && rows.length > 0 && (
        <PipelineList rows={rows} selected={selected} onSelect={select} coordinatorNames={coordinatorNames} />
      )}
      {pages.hasMore && (
        <div className="pipeline-more">
          <button
            type="button"
            className="button ghost"
            data-testid="pipeline-more"
            disabled={pages.loading}
            onClick={pages.more}
          >
            {t('pipeline.more', { count: Math.min(PAGE_SIZE, pages.totalCount - (rows?.length ?? 0)) })}
          </button>
        </div>
      )}
      {rows && selected.size > 0 && (
        <BulkBar
          rows={rows.filter((row) => selected.has(row.id))}
          onClear={() => select(new Set())}
          onDone={(message) => {
            setFlash(message);
            select(new Set());
            refresh();
          }}
        />
      )}
    </div>
  );
}

function stageCounts(data: PipelineCountsQuery): Partial<Record<MatchStatus, number>> {
  return Object.fromEntries(data.matchPipelineCounts.map(({ status, count }) => [status, count]));
}
