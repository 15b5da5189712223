import { useState } from 'react';
import { useI18n } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { session } from '../../lib/session';
import { ErrorLine, Loading } from '../../lib/ui';
import { useQuery } from '../../lib/use-query';
import { NeedForm } from './NeedForm';
import { EDIT_NEED, type OwnNeed } from './queries';

/** `/needs/new` and `/needs/:id/edit`: the need form; once saved, what happens next and a link to the need. */
export function NeedEditor({ needId }: { needId: string | null }) {
  const { t } = useI18n();
  const userId = session.user()?.id ?? '';
  const [saved, setSaved] = useState<OwnNeed | null>(null);
  const existing = useQuery(EDIT_NEED, { id: needId ?? '' }, { skip: needId === null });

  if (saved) return <SavedPanel need={saved} created={needId === null} />;
  if (needId === null)
    return (
      <div className="company-page narrow">
        <NeedForm need={null} userId={userId} backTo="/needs" onSaved={setSaved} />
      </div>
    );
  if (existing.error !== null)
    return (
      <div className="company-page narrow panel">
        <ErrorLine error={existing.error} onRetry={existing.reload} />
        <Link to="/needs">{t('company.backToNeeds')}</Link>
      </div>
    );
  if (!existing.data) return <Loading />;
  return (
    <div className="company-page narrow">
      <NeedForm need={existing.data.need} userId={userId} backTo={`/needs/${needId}`} onSaved={setSaved} />
    </div>
  );
}

function SavedPanel({ need, created }: { need: OwnNeed; created: boolean }) {
  const { t } = useI18n();
  return (
    <div className="company-page narrow">
      <div className="panel saved-panel" role="status" data-testid="flash">
        <h1>{created ? t('company.savedNew') : t('company.savedEdit')}</h1>
        <p>{t('company.matchingRuns')}</p>
        <p className="saved-title">{need.title}</p>
        <div className="button-row">
          <Link to={`/needs/${need.id}`} className="button primary" data-testid="open-need">
            {t('company.openNeed')}
          </Link>
          <Link to="/needs" className="button ghost">
            {t('company.backToNeeds')}
          </Link>
        </div>
      </div>
    </div>
  );
}
