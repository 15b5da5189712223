/**
 * The match page's address, and where its back link goes. A list that links to a match passes its
 * own address (path and query string) as `from`, so "Back to the pipeline" returns to the same
 * filters, page and sort; only an address inside the pipeline is followed (never another site).
 */
export const PIPELINE_PATH = '/pipeline';

/** `/matches/<id>`, with `?from=<the list's path and query>` when given. */
export function matchHref(id: string, from?: string): string {
  const path = `/matches/${encodeURIComponent(id)}`;
  return from ? `${path}?${new URLSearchParams({ from }).toString()}` : path;
}

/** The back link's target: `from` when it is an address of the pipeline, else the pipeline itself. */
export function backHref(search: URLSearchParams): string {
  const from = search.get('from');
  if (!from) return PIPELINE_PATH;
  let url: URL;
  try {
    url = new URL(from, window.location.origin);
  } catch {
    return PIPELINE_PATH;
  }
  const inPipeline =
    url.origin === window.location.origin &&
    (url.pathname === PIPELINE_PATH || url.pathname.startsWith(`${PIPELINE_PATH}/`));
  return inPipeline ? url.pathname + url.search : PIPELINE_PATH;
}
