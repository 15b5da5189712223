import { useEffect, useState } from 'react';
import { gql } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { session } from '../../lib/session';
import { ErrorLine, Loading, StatusBadge } from '../../lib/ui';
import { NeedForm } from './NeedForm';
import { OWN_NEEDS, SHARED_MATCHES, type OwnNeed, type SharedMatch } from './queries';
import { SharedMatchCard } from './SharedMatchCard';

type Editing = { need: OwnNeed | null } | null;

/** A company's home: its needs (register, edit, status) and the matches its coordinators shared. */
export function CompanyHome() {
  const { t } = useI18n();
  const [needs, setNeeds] = useState<OwnNeed[] | null>(null);
  const [shared, setShared] = useState<SharedMatch[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [flash, setFlash] = useState<string | null>(null);

  // Bumped by a retry or a save to fetch again; a run whose answer comes after a newer run started
  // (or after unmount) sets nothing, so the list never goes back to an older state.
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const companyId = session.user()?.linkedId ?? null;
        const data = await gql(OWN_NEEDS, { companyId });
        if (!live) return;
        const own = data.needs.edges.map((e) => e.node);
        setNeeds(own);
        // A handful of needs per company: one small request each, in parallel.
        const perNeed = await Promise.all(own.map((n) => gql(SHARED_MATCHES, { needId: n.id })));
        if (live) setShared(perNeed.flatMap((r) => r.matchesForNeed.edges.map((e) => e.node)));
      } catch (e) {
        if (live) setError(e);
      }
    })();
    return () => {
      live = false;
    };
  }, [reloads]);
  const reload = () => {
    setError(null);
    setReloads((n) => n + 1);
  };

  const saved = () => {
    setEditing(null);
    setFlash(t('company.saved'));
    reload();
  };

  return (
    <div className="split" data-testid="company-home">
      <aside className="panel">
        <div className="section-head">
          <h2>{t('company.myNeeds')}</h2>
          <button
            type="button"
            className="button primary small"
            data-testid="new-need"
            onClick={() => {
              setFlash(null);
              setEditing({ need: null });
            }}
          >
            + {t('company.newNeed')}
          </button>
        </div>
        {error !== null && <ErrorLine error={error} onRetry={reload} />}
        {needs === null && error === null && <Loading />}
        {needs?.length === 0 && <p className="muted">{t('company.noNeeds')}</p>}
        <ul className="need-list" data-testid="need-list">
          {needs?.map((need) => (
            <li key={need.id} className="need-item" data-need-id={need.id}>
              <div>
                <div className="need-title">{need.title}</div>
                <div className="muted small">{need.keywords.slice(0, 4).join(' · ')}</div>
              </div>
              <div className="need-side">
                <StatusBadge status={need.status} prefix="needStatus" />
                <button type="button" className="button link" onClick={() => setEditing({ need })}>
                  {t('company.edit')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </aside>
      <section className="detail">
        {flash && (
          <p className="success" role="status" data-testid="flash">
            {flash}
          </p>
        )}
        {editing && (
          <NeedForm
            key={editing.need?.id ?? 'new'}
            need={editing.need}
            onSaved={saved}
            onCancel={() => setEditing(null)}
          />
        )}
        <div className="panel">
          <div className="section-head">
            <h2>{t('company.sharedMatches')}</h2>
          </div>
          {shared === null && error === null && <Loading />}
          {shared?.length === 0 && <p className="muted">{t('company.noShared')}</p>}
          <div className="shared-list" data-testid="shared-matches">
            {shared?.map((m) => (
              <SharedMatchCard
                key={m.id}
                match={m}
                onAnswered={(next) => setShared((list) => list?.map((x) => (x.id === next.id ? next : x)) ?? null)}
              />
            ))}
          </div>
        </div>
      </section>
    </div>
  );
}
