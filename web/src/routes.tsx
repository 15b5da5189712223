/**
 * Every screen of the app: its URL pattern, the roles it is for, its title, and the view it shows.
 * A role's home is its first route with a `nav` label. Heavy views (graph drawing, charts) are
 * loaded only when opened: React.lazy keeps them out of the sign-in and coordinator bundle.
 */
import { lazy, type ReactNode } from 'react';
import type { Role } from './gql/graphql';
import type { MessageKey } from './lib/i18n';
import { CompanyHome } from './views/company/CompanyHome';
import { CoordinatorHome } from './views/coordinator/CoordinatorHome';
import { NoDesk } from './views/NoDesk';

const NotificationsPage = lazy(() =>
  import('./views/notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })),
);
const ManagerHome = lazy(() => import('./views/explorer/ManagerHome').then((m) => ({ default: m.ManagerHome })));

export interface RouteDef {
  /** "/matches/:id": `:name` parts become the view's params. */
  path: string;
  roles: readonly Role[];
  /** The tab title, "<title> · Musubi". */
  title: MessageKey;
  /** When set, the header links to this route under this label (first one: the role's home). */
  nav?: MessageKey;
  view: (params: Record<string, string>) => ReactNode;
}

export const ROUTES: readonly RouteDef[] = [
  {
    path: '/pipeline',
    roles: ['COORDINATOR'],
    title: 'nav.pipeline',
    nav: 'nav.pipeline',
    view: () => <CoordinatorHome selectedId={null} />,
  },
  {
    path: '/matches/:id',
    roles: ['COORDINATOR'],
    title: 'coord.matchTitle',
    view: ({ id }) => <CoordinatorHome selectedId={id} />,
  },
  { path: '/needs', roles: ['COMPANY'], title: 'nav.needs', nav: 'nav.needs', view: () => <CompanyHome /> },
  {
    path: '/network',
    roles: ['CONSORTIUM_MANAGER'],
    title: 'nav.network',
    nav: 'nav.network',
    view: () => <ManagerHome tab="graph" />,
  },
  {
    path: '/kpis',
    roles: ['CONSORTIUM_MANAGER'],
    title: 'nav.kpis',
    nav: 'nav.kpis',
    view: () => <ManagerHome tab="kpis" />,
  },
  { path: '/admin', roles: ['ADMIN'], title: 'page.admin', nav: 'page.admin', view: () => <NoDesk /> },
  { path: '/desk', roles: ['SUPPORT_STAFF'], title: 'app.name', view: () => <NoDesk /> },
  {
    path: '/notifications',
    roles: ['ADMIN', 'COORDINATOR', 'COMPANY', 'CONSORTIUM_MANAGER', 'SUPPORT_STAFF'],
    title: 'notif.title',
    view: () => <NotificationsPage />,
  },
];

/** Where a role lands after sign-in and on `/`. */
export function homePath(role: Role): string {
  return ROUTES.find((route) => route.roles.includes(role))?.path ?? '/';
}
