import { enumLabel, useI18n } from '../../lib/i18n';
import { Highlighted, StatusBadge } from '../../lib/ui';
import { Chips, Fact } from './parts';
import type { MatchView } from './queries';

/** The company's need: who, budget, timeline, confidentiality, status, keywords and its text. */
export function NeedPanel({ match }: { match: MatchView }) {
  const { t } = useI18n();
  const need = match.need;
  return (
    <section className="panel match-record" aria-labelledby="match-need-title" data-testid="need-panel">
      <h2 id="match-need-title" className="record-kind">
        {t('match.need')}
      </h2>
      {!need ? (
        <p className="muted">{t('match.hidden')}</p>
      ) : (
        <>
          <p className="record-title">{need.title}</p>
          <dl className="facts">
            <Fact label={t('match.company')}>
              {need.company.name}
              {need.company.industry ? ` · ${need.company.industry}` : ''}
            </Fact>
            <Fact label={t('match.region')}>{need.region?.name}</Fact>
            <Fact label={t('match.budget')} testId="need-budget">
              {enumLabel(t, 'budget', need.budgetBand)}
            </Fact>
            <Fact label={t('match.timeline')}>{need.timeline || t('match.notRecorded')}</Fact>
            <Fact label={t('match.confidentiality')}>{enumLabel(t, 'conf', need.confidentiality)}</Fact>
            <Fact label={t('match.needStatus')}>
              <StatusBadge status={need.status} prefix="needStatus" />
            </Fact>
            {need.keywords.length > 0 && (
              <Fact label={t('match.keywords')}>
                <Chips items={need.keywords} />
              </Fact>
            )}
          </dl>
          <h3>{t('match.description')}</h3>
          <p className="long-text" data-testid="need-text">
            <Highlighted text={need.description} terms={match.explanation} />
          </p>
          {need.desiredOutcome && (
            <>
              <h3>{t('match.desiredOutcome')}</h3>
              <p className="long-text">
                <Highlighted text={need.desiredOutcome} terms={match.explanation} />
              </p>
            </>
          )}
        </>
      )}
    </section>
  );
}
