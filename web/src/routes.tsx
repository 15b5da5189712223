/**
 * Every screen of the app: its URL pattern, the roles it is for, its title, and the view it shows.
 * A role's home is its first route with a `nav` label. Heavy views (graph drawing, charts) are
 * loaded only when opened: React.lazy keeps them out of the sign-in and coordinator bundle.
 */
import { lazy, type ReactNode } from 'react';
import type { Role } from './gql/graphql';
import type { MessageKey } from './lib/i18n';
import { MatchPage } from './views/match/MatchPage';
import { NoDesk } from './views/NoDesk';
import { Pipeline } from './views/pipeline/Pipeline';

const companyView = <K extends keyof typeof import('./views/company/company-views')>(name: K) =>
  lazy(() => import('./views/company/company-views').then((m) => ({ default: m[name] })));
const NeedsList = companyView('NeedsList');
const NeedEditor = companyView('NeedEditor');
const NeedPage = companyView('NeedPage');
const EquipmentPage = companyView('EquipmentPage');
const UseRequestPage = companyView('UseRequestPage');
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
    view: () => <Pipeline />,
  },
  {
    path: '/matches/:id',
    roles: ['COORDINATOR'],
    title: 'match.title',
    view: ({ id }) => <MatchPage key={id} id={id} />,
  },
  { path: '/needs', roles: ['COMPANY'], title: 'nav.needs', nav: 'nav.needs', view: () => <NeedsList /> },
  // Before `/needs/:id`, which would take "new" for an id.
  {
    path: '/needs/new',
    roles: ['COMPANY'],
    title: 'company.newNeed',
    view: () => <NeedEditor key="new" needId={null} />,
  },
  {
    path: '/needs/:id/edit',
    roles: ['COMPANY'],
    title: 'company.editNeed',
    view: ({ id }) => <NeedEditor key={id} needId={id} />,
  },
  {
    path: '/needs/:id',
    roles: ['COMPANY'],
    title: 'company.needTitle',
    view: ({ id }) => <NeedPage key={id} needId={id} />,
  },
  {
    path: '/equipment',
    roles: ['COMPANY'],
    title: 'company.equipmentTitle',
    nav: 'company.nav.equipment',
    view: () => <EquipmentPage />,
  },
  {
    path: '/equipment/requests/:id',
    roles: ['COMPANY'],
    title: 'company.useRequestTitle',
    view: ({ id }) => <UseRequestPage key={id} requestId={id} />,
  },
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
