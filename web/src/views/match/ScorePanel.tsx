import { formatScore } from '../../lib/domain';
import { useI18n } from '../../lib/i18n';
import type { MatchView } from './queries';

/** The score in words: text similarity plus the network's additions, and the shared terms with their shares. */
export function ScorePanel({ match }: { match: MatchView }) {
  const { t } = useI18n();
  const sum = match.lexicalScore + match.regionBoost + match.pathBoost;
  const capped = sum > match.score + 0.005;
  return (
    <section className="panel" aria-labelledby="match-why-title" data-testid="score-panel">
      <h2 id="match-why-title">{t('match.why')}</h2>
      <p className="score-total">{t('match.scoreOf', { score: formatScore(match.score) })}</p>
      <ul className="score-parts" data-testid="score-parts">
        <li>
          <strong>{t('match.lexical', { value: formatScore(match.lexicalScore) })}</strong>
          <span className="muted small"> {t('match.lexicalHelp')}</span>
        </li>
        <li>
          {match.regionBoost > 0
            ? t('match.regionBoost', { value: formatScore(match.regionBoost) })
            : t('match.regionBoostNone')}
        </li>
        <li>
          {match.pathBoost > 0
            ? t('match.pathBoost', { value: formatScore(match.pathBoost) })
            : t('match.pathBoostNone')}
        </li>
        {capped && <li className="muted">{t('match.capped')}</li>}
      </ul>

      <h3>{t('match.terms')}</h3>
      {match.explanation.length === 0 ? (
        <p className="muted">{t('match.termsNone')}</p>
      ) : (
        <>
          <p className="muted small">{t('match.termsHelp')}</p>
          <ul className="terms" data-testid="shared-terms">
            {match.explanation.map((term) => {
              const share = Math.round(term.share * 100);
              return (
                <li key={term.term} className="term-row">
                  <mark className="term-word" title={term.term}>
                    {term.surface}
                  </mark>
                  <span className="term-bar" aria-hidden="true">
                    <span style={{ width: `${Math.max(2, share)}%` }} />
                  </span>
                  <span className="term-share">{t('match.termShare', { share })}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
