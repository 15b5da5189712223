/** Small shared pieces: loading and error lines, highlighted text, status badges. */
import { errorMessage } from './errors';
import { highlightParts, type SharedTerm } from './highlight';
import { enumLabel, useI18n } from './i18n';

export function Loading() {
  const { t } = useI18n();
  return <p className="muted">{t('common.loading')}</p>;
}

export function ErrorLine({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const message = errorMessage(error, t);
  return (
    <p className="error" role="alert">
      {message}{' '}
      {onRetry && (
        <button type="button" className="button link" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </p>
  );
}

export function Highlighted({ text, terms }: { text: string; terms: SharedTerm[] }) {
  return (
    <>
      {highlightParts(text, terms).map((part, i) =>
        part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}

export function StatusBadge({ status, prefix = 'status' }: { status: string; prefix?: string }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status.toLowerCase()}`}>{enumLabel(t, prefix, status)}</span>;
}
