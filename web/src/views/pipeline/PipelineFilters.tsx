import type { MatchKind } from '../../gql/graphql';
import { MATCH_KINDS } from '../../lib/domain';
import { enumLabel, useI18n } from '../../lib/i18n';
import type { PipelineView } from './pipeline-view';

/**
 * The filters, each a control bound to the URL: a choice pushes a history entry (back undoes it),
 * typing replaces the current one (back does not step through every keystroke).
 */
export function PipelineFilters({
  view,
  regions,
  onChange,
}: {
  view: PipelineView;
  regions: readonly { id: string; name: string }[];
  onChange: (changes: Partial<PipelineView>, options?: { replace?: boolean }) => void;
}) {
  const { t } = useI18n();
  const filtered = view.regionId !== null || view.kind !== null || view.minScore !== null;
  return (
    <section className="pipeline-filters" aria-label={t('pipeline.filters')}>
      <label className="filter">
        <span>{t('pipeline.region')}</span>
        <select
          data-testid="filter-region"
          value={view.regionId ?? ''}
          onChange={(e) => onChange({ regionId: e.target.value || null })}
        >
          <option value="">{t('pipeline.allRegions')}</option>
          {regions.map((region) => (
            <option key={region.id} value={region.id}>
              {region.name}
            </option>
          ))}
          {view.regionId !== null && !regions.some((region) => region.id === view.regionId) && (
            <option value={view.regionId}>{view.regionId}</option>
          )}
        </select>
      </label>
      <label className="filter">
        <span>{t('pipeline.kind')}</span>
        <select
          data-testid="filter-kind"
          value={view.kind ?? ''}
          onChange={(e) => onChange({ kind: (e.target.value || null) as MatchKind | null })}
        >
          <option value="">{t('pipeline.allKinds')}</option>
          {MATCH_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {enumLabel(t, 'matchKind', kind)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter filter-narrow">
        <span>{t('pipeline.minScore')}</span>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={5}
          data-testid="filter-min-score"
          value={view.minScore ?? ''}
          onChange={(e) => {
            const value = Number.parseInt(e.target.value, 10);
            onChange({ minScore: Number.isFinite(value) ? value : null }, { replace: true });
          }}
        />
      </label>
      {filtered && (
        <button
          type="button"
          className="button link filter-clear"
          data-testid="filter-clear"
          onClick={() => onChange({ regionId: null, kind: null, minScore: null })}
        >
          {t('pipeline.clearFilters')}
        </button>
      )}
    </section>
  );
}
