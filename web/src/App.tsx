import { Suspense, useEffect, useLayoutEffect, useState } from 'react';
import { setUnauthenticatedHandler } from './lib/api';
import { useI18n } from './lib/i18n';
import { useTitleOverride } from './lib/page-title';
import { Link, matchPath, navigate, useLocation, withSearch } from './lib/router';
import { session, type SessionUser } from './lib/session';
import { Loading } from './lib/ui';
import { homePath, ROUTES, type RouteDef } from './routes';
import { NotificationBell } from './views/notifications/NotificationBell';
import { SignIn } from './views/signin/SignIn';

/**
 * The shell: the header, and the screen the URL names. The API enforces what each role may do; the
 * app only chooses what to show. Signed out, any URL shows the sign-in and then that same URL.
 */
export function App() {
  const { t } = useI18n();
  const { pathname } = useLocation();
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
    navigate('/', { replace: true });
  };

  const found = findRoute(pathname);
  const allowed = user !== null && found !== null && found.route.roles.includes(user.role);

  // `/` (and the sign-in's landing) goes to the role's home.
  useEffect(() => {
    if (user && pathname === '/') navigate(homePath(user.role), { replace: true });
  }, [user, pathname]);

  const named = useTitleOverride();
  const title = !user
    ? t('signIn.title')
    : !found
      ? t('page.notFound')
      : allowed && named
        ? named
        : t(found.route.title);
  useLayoutEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  return (
    <div className="app">
      <Header user={user} onSignOut={signOut} />
      <main className="main" id="main">
        {!user && <SignIn onSignedIn={setUser} />}
        {user && pathname !== '/' && !found && (
          <Problem title={t('page.notFound')} text={t('page.notFoundText')} user={user} />
        )}
        {user && found && !allowed && (
          <Problem
            title={t('page.notForRole')}
            text={t('page.notForRoleText', {
              roles: found.route.roles.map((role) => t(`role.${role}`)).join(', '),
              role: t(`role.${user.role}`),
            })}
            user={user}
          />
        )}
        {allowed && <Suspense fallback={<Loading />}>{found.route.view(found.params)}</Suspense>}
      </main>
    </div>
  );
}

function findRoute(pathname: string): { route: RouteDef; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}

function Problem({ title, text, user }: { title: string; text: string; user: SessionUser }) {
  const { t } = useI18n();
  return (
    <div className="panel notice" role="alert" data-testid="route-problem">
      <h1>{title}</h1>
      <p>{text}</p>
      <Link to={homePath(user.role)}>{t('page.home')}</Link>
    </div>
  );
}

function Header({ user, onSignOut }: { user: SessionUser | null; onSignOut: () => void }) {
  const { t, lang, setLang } = useI18n();
  const { pathname, search } = useLocation();
  const links = user ? ROUTES.filter((route) => route.nav && route.roles.includes(user.role)) : [];
  return (
    <header className="header">
      <Link to="/" className="brand">
        <span className="brand-mark" aria-hidden="true">
          結
        </span>
        <span className="brand-text">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </span>
      </Link>
      {links.length > 0 && (
        <nav className="header-nav" aria-label={t('nav.label')}>
          {links.map((route) => (
            <Link
              key={route.path}
              // The region a manager chose stays chosen from one screen to the other.
              to={withSearch(route.path, new URLSearchParams(), { region: search.get('region') })}
              className="nav-link"
              data-testid={`nav-${route.path.slice(1)}`}
              aria-current={pathname === route.path ? 'page' : undefined}
            >
              {t(route.nav!)}
            </Link>
          ))}
        </nav>
      )}
      <div className="header-actions">
        {user && <NotificationBell token={session.token() ?? ''} />}
        {user && (
          <span className="user-chip" data-testid="user-chip" title={`${user.displayName} · ${t(`role.${user.role}`)}`}>
            <span className="user-name">{user.displayName}</span>
            <span className="user-role"> · {t(`role.${user.role}`)}</span>
          </span>
        )}
        <button
          type="button"
          className="button ghost"
          data-testid="lang-switch"
          // The visible name is the other language's own name ("日本語"), which is also its accessible name.
          lang={lang === 'en' ? 'ja' : 'en'}
          title={t('lang.switchLabel')}
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
