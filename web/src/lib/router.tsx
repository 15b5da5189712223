/**
 * Client-side routes on the History API: every view and object has a URL, so reload, back/forward
 * and a pasted link land on the same screen. The API serves index.html for any path that is not a
 * file, /graphql or /health (src/web/serve-web-app.ts). The route table is ../routes.tsx.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const currentUrl = () => window.location.pathname + window.location.search;

/** The current path and query string; re-renders on navigate() and on back/forward. */
export function useLocation(): { pathname: string; search: URLSearchParams } {
  const url = useSyncExternalStore(subscribe, currentUrl);
  const parsed = new URL(url, window.location.origin);
  return { pathname: parsed.pathname, search: parsed.searchParams };
}

/**
 * Goes to `to` (a path with an optional query string). A new screen starts at the top of the page,
 * so a tapped item opens in view on a phone; `replace` changes the URL without a history entry (a
 * filter typed into a search box, a redirect).
 */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (to === currentUrl()) return;
  const samePath = new URL(to, window.location.origin).pathname === window.location.pathname;
  window.history[replace ? 'replaceState' : 'pushState'](null, '', to);
  if (!samePath) window.scrollTo(0, 0);
  notify();
}

/** The query string with `changes` applied (an empty or null value removes the parameter). */
export function withSearch(
  pathname: string,
  search: URLSearchParams,
  changes: Record<string, string | null | undefined>,
): string {
  const next = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') next.delete(name);
    else next.set(name, value);
  }
  const query = next.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/**
 * The parameters of `pattern` ("/matches/:id") in `pathname`, or null when it does not match.
 * Parameters are decoded; a malformed escape does not match.
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      try {
        params[want[i].slice(1)] = decodeURIComponent(have[i]);
      } catch {
        return null;
      }
    } else if (want[i] !== have[i]) return null;
  }
  return params;
}

/** An in-app link: a real <a href> (open in a new tab, copy the link) that navigates without a reload. */
export function Link({ to, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0;
    if (event.defaultPrevented || modified || rest.target) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={follow} {...rest} />;
}
