import { useI18n } from '../lib/i18n';

/** The roles the web app has no desk for yet: where they work instead. */
export function NoDesk() {
  const { t } = useI18n();
  return (
    <p className="panel notice" data-testid="no-desk">
      {t('signIn.adminHint')}
    </p>
  );
}
