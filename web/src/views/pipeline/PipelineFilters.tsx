import { useEffect, useRef, useState } from 'react';
import type { MatchKind } from '../../gql/graphql';
import { MATCH_KINDS } from '../../lib/domain';
import { enumLabel, useI18n } from '../../lib/i18n';
import { isFiltered, ME, SORTS, type PipelineSort, type PipelineView } from './pipeline-view';

interface Choice {
  id: string;
  name: string;
}

/**
 * The choices of the selects, from the API; each list is the first 100 by name. Companies and needs
 * are null until a region is chosen (for a coordinator covering several).
 */
export interface FilterChoices {
  regions: readonly Choice[];
  companies: readonly Choice[] | null;
  needs: readonly Choice[] | null;
  coordinators: readonly Choice[];
}

type Change = (changes: Partial<PipelineView>, options?: { replace?: boolean }) => void;

/**
 * The search, the sort and the filters, each bound to the URL: a choice pushes a history entry (back
 * undoes it), typing replaces the current one (back does not step through every keystroke). On a
 * phone the filters fold under one summary line, open on a wider screen.
 */
export function PipelineFilters({
  view,
  choices,
  onChange,
}: {
  view: PipelineView;
  choices: FilterChoices;
  onChange: Change;
}) {
  const { t } = useI18n();
  const filtered = isFiltered(view);
  const active = [
    view.regionId,
    view.companyId,
    view.needId,
    view.kind,
    view.minScore,
    view.assignee,
    view.stalled || null,
  ].filter((value) => value !== null).length;
  // Open on a wide screen, or when a filter is on; folded on a phone, where the list comes first.
  const [open] = useState(() => active > 0 || window.matchMedia('(min-width: 641px)').matches);

  return (
    <section className="pipeline-filters" aria-label={t('pipeline.filters')}>
      <div className="filter-line">
        <SearchBox value={view.search} onSearch={(search) => onChange({ search }, { replace: true })} />
        <label className="filter">
          <span>{t('pipeline.sort')}</span>
          <select
            data-testid="filter-sort"
            value={view.sort}
            onChange={(e) => onChange({ sort: e.target.value as PipelineSort })}
          >
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`pipeline.sort.${sort}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <details className="filter-more" open={open}>
        <summary data-testid="filter-summary">
          {active ? t('pipeline.filtersActive', { count: active }) : t('pipeline.filters')}
        </summary>
        <div className="filter-grid">
          <ChoiceFilter
            label={t('pipeline.region')}
            all={t('pipeline.allRegions')}
            testId="filter-region"
            value={view.regionId}
            choices={choices.regions}
            onChange={(regionId) => onChange({ regionId })}
          />
          <ChoiceFilter
            label={t('pipeline.company')}
            all={t('pipeline.allCompanies')}
            testId="filter-company"
            value={view.companyId}
            choices={choices.companies}
            onChange={(companyId) => onChange({ companyId, needId: null })}
          />
          <ChoiceFilter
            label={t('pipeline.need')}
            all={t('pipeline.allNeeds')}
            testId="filter-need"
            value={view.needId}
            choices={choices.needs}
            onChange={(needId) => onChange({ needId })}
          />
          <ChoiceFilter
            label={t('pipeline.kind')}
            all={t('pipeline.allKinds')}
            testId="filter-kind"
            value={view.kind}
            choices={MATCH_KINDS.map((kind) => ({ id: kind, name: enumLabel(t, 'matchKind', kind) }))}
            onChange={(kind) => onChange({ kind: kind as MatchKind | null })}
          />
          <ChoiceFilter
            label={t('pipeline.assignee')}
            all={t('pipeline.anyone')}
            testId="filter-assignee"
            value={view.assignee}
            choices={[{ id: ME, name: t('pipeline.assignedToMe') }, ...choices.coordinators]}
            onChange={(assignee) => onChange({ assignee })}
          />
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
          <label className="filter-check">
            <input
              type="checkbox"
              data-testid="filter-stalled"
              checked={view.stalled}
              onChange={(e) => onChange({ stalled: e.target.checked })}
            />
            <span>{t('pipeline.stalledOnly')}</span>
          </label>
          {filtered && (
            <button
              type="button"
              className="button link filter-clear"
              data-testid="filter-clear"
              onClick={() =>
                onChange({
                  regionId: null,
                  companyId: null,
                  needId: null,
                  kind: null,
                  minScore: null,
                  assignee: null,
                  stalled: false,
                  search: '',
                })
              }
            >
              {t('pipeline.clearFilters')}
            </button>
          )}
        </div>
      </details>
    </section>
  );
}

/** A select of `choices` with "all" first; an id from a pasted link that is not among them still shows. */
function ChoiceFilter({
  label,
  all,
  testId,
  value,
  choices,
  onChange,
}: {
  label: string;
  all: string;
  testId: string;
  value: string | null;
  choices: readonly Choice[] | null;
  onChange: (value: string | null) => void;
}) {
  const { t } = useI18n();
  return (
    <label className="filter">
      <span>{label}</span>
      <select
        data-testid={testId}
        value={value ?? ''}
        disabled={choices === null && value === null}
        title={choices === null ? t('pipeline.chooseRegionFirst') : undefined}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">{choices === null ? t('pipeline.chooseRegionFirst') : all}</option>
        {(choices ?? []).map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
        {value !== null && !choices?.some((choice) => choice.id === value) && <option value={value}>{value}</option>}
      </select>
    </label>
  );
}

/**
 * The words to look for. The URL follows the box once typing pauses, replacing the history entry;
 * a new URL (back, forward, "clear filters") puts its words in the box.
 */
function SearchBox({ value, onSearch }: { value: string; onSearch: (search: string) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  const search = useRef(onSearch);
  useEffect(() => {
    search.current = onSearch;
  });
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => search.current(draft), 300);
    return () => clearTimeout(timer);
  }, [draft, value]);
  return (
    <label className="filter filter-search">
      <span>{t('pipeline.search')}</span>
      <input
        type="search"
        data-testid="filter-search"
        maxLength={200}
        placeholder={t('pipeline.searchHint')}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
      />
    </label>
  );
}
