import { enumLabel, useI18n, type Translate } from '../../lib/i18n';
import { Highlighted } from '../../lib/ui';
import { Chips, Fact } from './parts';
import type { MatchView } from './queries';

/** The target's name, whatever its kind ("not visible" when hidden from the reader). */
export function targetName(m: Pick<MatchView, 'seed' | 'equipment' | 'researcher'>, t: Translate): string {
  return m.seed?.title ?? m.equipment?.name ?? m.researcher?.name ?? t('match.hidden');
}

/** What the need is matched to: a seed and its holders, a piece of equipment and its host, or a researcher. */
export function TargetPanel({ match }: { match: MatchView }) {
  const { t } = useI18n();
  const terms = match.explanation;
  const { seed, equipment, researcher } = match;
  return (
    <section className="panel match-record" aria-labelledby="match-target-title" data-testid="target-panel">
      <h2 id="match-target-title" className="record-kind">
        {t('match.target', { kind: enumLabel(t, 'matchKind', match.kind) })}
      </h2>
      {seed && (
        <>
          <p className="record-title">{seed.title}</p>
          <dl className="facts">
            <Fact label={t('match.heldBy')} testId="seed-holders">
              {seed.holderResearchers.length + seed.holderOrganizations.length === 0 ? (
                t('match.noHolder')
              ) : (
                <ul className="plain">
                  {seed.holderResearchers.map((r) => (
                    <li key={r.id}>
                      {r.name}
                      {r.title ? `, ${r.title}` : ''}
                      {r.affiliations.length > 0 && (
                        <span className="muted"> · {r.affiliations.map((o) => o.name).join(', ')}</span>
                      )}
                    </li>
                  ))}
                  {seed.holderOrganizations.map((o) => (
                    <li key={o.id}>{o.name}</li>
                  ))}
                </ul>
              )}
            </Fact>
            <Fact label={t('match.field')}>{seed.field}</Fact>
            <Fact label={t('match.stage')}>{enumLabel(t, 'match.stage', seed.stage)}</Fact>
            <Fact label={t('match.ip')} testId="seed-ip">
              {enumLabel(t, 'match.ip', seed.ipStatus)}
              {seed.ipNumbers.length > 0 && ` · ${t('match.ipNumbers')}: ${seed.ipNumbers.join(', ')}`}
            </Fact>
            {seed.keywords.length > 0 && (
              <Fact label={t('match.keywords')}>
                <Chips items={seed.keywords} />
              </Fact>
            )}
          </dl>
          <h3>{t('match.summary')}</h3>
          <p className="long-text" data-testid="target-text">
            <Highlighted text={seed.summary} terms={terms} />
          </p>
        </>
      )}
      {equipment && (
        <>
          <p className="record-title">{equipment.name}</p>
          <dl className="facts">
            <Fact label={t('match.host')}>{equipment.host?.name}</Fact>
            <Fact label={t('match.category')}>{equipment.category}</Fact>
            <Fact label={t('match.availability')}>{enumLabel(t, 'match.availability', equipment.availability)}</Fact>
            <Fact label={t('match.conditions')}>{equipment.conditions || t('match.notRecorded')}</Fact>
            <Fact label={t('match.fees')}>{equipment.fees || t('match.notRecorded')}</Fact>
            <Fact label={t('match.supportStaff')}>
              {equipment.supportStaff.length === 0
                ? t('match.notRecorded')
                : equipment.supportStaff.map((s) => (s.title ? `${s.name} (${s.title})` : s.name)).join(', ')}
            </Fact>
          </dl>
          <h3>{t('match.description')}</h3>
          <p className="long-text" data-testid="target-text">
            <Highlighted text={equipment.description} terms={terms} />
          </p>
          {equipment.specifications && (
            <>
              <h3>{t('match.specifications')}</h3>
              <p className="long-text">
                <Highlighted text={equipment.specifications} terms={terms} />
              </p>
            </>
          )}
        </>
      )}
      {researcher && (
        <>
          <p className="record-title">
            {researcher.name}
            {researcher.title && <span className="muted">, {researcher.title}</span>}
          </p>
          <dl className="facts">
            <Fact label={t('match.affiliations')}>
              {researcher.affiliations.map((o) => o.name).join(', ') || t('match.notRecorded')}
            </Fact>
            {researcher.fields.length > 0 && (
              <Fact label={t('match.fields')}>
                <Chips items={researcher.fields} />
              </Fact>
            )}
          </dl>
          <h3>{t('match.profile')}</h3>
          <p className="long-text" data-testid="target-text">
            <Highlighted text={researcher.profile} terms={terms} />
          </p>
        </>
      )}
      {!seed && !equipment && !researcher && <p className="muted">{t('match.hidden')}</p>}
    </section>
  );
}
