import { useEffect, useState } from 'react';
import { setUnauthenticatedHandler } from './lib/api';
import { useI18n } from './lib/i18n';
import { session, type SessionUser } from './lib/session';
import { CompanyHome } from './views/company/CompanyHome';
import { CoordinatorHome } from './views/coordinator/CoordinatorHome';
import { ManagerHome } from './views/explorer/ManagerHome';
import { SignIn } from './views/signin/SignIn';

/** One home per role; the API enforces what each may do, the app only chooses what to show. */
export function App() {
  const { t } = useI18n();
  const [user, setUser] = useState<SessionUser | null>(() => session.user());

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      session.clear();
      setUser(null);
    });
  }, []);

  const signOut = () => {
    session.clear();
    setUser(null);
  };

  return (
    <div className="app">
      <Header user={user} onSignOut={signOut} />
      <main className="main">
        {!user && <SignIn onSignedIn={setUser} />}
        {user?.role === 'COORDINATOR' && <CoordinatorHome />}
        {user?.role === 'COMPANY' && <CompanyHome />}
        {user?.role === 'CONSORTIUM_MANAGER' && <ManagerHome />}
        {user?.role === 'ADMIN' && <p className="panel notice">{t('signIn.adminHint')}</p>}
      </main>
    </div>
  );
}

function Header({ user, onSignOut }: { user: SessionUser | null; onSignOut: () => void }) {
  const { t, lang, setLang } = useI18n();
  return (
    <header className="header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          結
        </span>
        <div>
          <div className="brand-name">{t('app.name')}</div>
          <div className="brand-tagline">{t('app.tagline')}</div>
        </div>
      </div>
      <div className="header-actions">
        {user && (
          <span className="user-chip" data-testid="user-chip">
            {user.displayName} · {t(`role.${user.role}`)}
          </span>
        )}
        <button
          type="button"
          className="button ghost"
          data-testid="lang-switch"
          aria-label={t('lang.switchLabel')}
          onClick={() => setLang(lang === 'en' ? 'ja' : 'en')}
        >
          {t('lang.switch')}
        </button>
        {user && (
          <button type="button" className="button ghost" data-testid="sign-out" onClick={onSignOut}>
            {t('common.signOut')}
          </button>
        )}
      </div>
    </header>
  );
}
