import { formatScore } from '../../lib/domain';
import { enumLabel, useI18n } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { StatusBadge } from '../../lib/ui';
import { matchHref } from '../match/href';
import { targetHolder, targetName, type PipelineRow } from './queries';

/** The matches shown, each with a box to select it for a bulk move and a link to its page. */
export function PipelineList({
  rows,
  selected,
  onSelect,
  coordinatorNames,
}: {
  rows: readonly PipelineRow[];
  selected: ReadonlySet<string>;
  onSelect: (ids: ReadonlySet<string>) => void;
  coordinatorNames: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  const all = rows.every((row) => selected.has(row.id));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    onSelect(next);
  };
  return (
    <div className="panel pipeline-panel">
      <label className="select-all">
        <input
          type="checkbox"
          data-testid="select-all"
          checked={all}
          onChange={() => onSelect(all ? new Set() : new Set(rows.map((row) => row.id)))}
        />
        <span>{t('pipeline.selectAll')}</span>
      </label>
      <ul className="pipeline-list">
        {rows.map((row) => {
          const target = targetName(row);
          const holder = targetHolder(row);
          const assignee = row.assignedCoordinatorId;
          return (
            <li key={row.id} className="pipeline-row" data-testid="pipeline-row" data-match-id={row.id}>
              <input
                type="checkbox"
                className="row-check"
                data-testid="row-select"
                checked={selected.has(row.id)}
                onChange={() => toggle(row.id)}
                aria-label={t('pipeline.selectRow', { need: row.need?.title ?? '—', target })}
              />
              <span className="score" role="img" aria-label={t('pipeline.score', { score: formatScore(row.score) })}>
                {formatScore(row.score)}
              </span>
              <div className="row-main">
                <Link
                  to={matchHref(row.id, window.location.pathname + window.location.search)}
                  className="row-need"
                  data-testid="row-link"
                >
                  {row.need?.title ?? '—'}
                </Link>
                <p className="row-target">
                  <span className="kind-tag">{enumLabel(t, 'matchKind', row.kind)}</span> {target}
                  {holder && <span className="muted"> · {t('pipeline.holder', { names: holder })}</span>}
                </p>
                <p className="row-company muted small">{row.need?.company.name}</p>
              </div>
              <div className="row-meta">
                <StatusBadge status={row.status} />
                <span className="small muted" data-testid="row-assignee">
                  {assignee === null || assignee === undefined
                    ? t('pipeline.unassigned')
                    : t('pipeline.assignedTo', { name: coordinatorNames.get(assignee) ?? t('pipeline.someone') })}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
