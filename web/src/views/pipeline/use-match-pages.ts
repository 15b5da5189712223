/**
 * The pipeline's list, a page at a time to the last one: the first page whenever the variables change
 * (or on reload()), the next one after the last cursor on more(). Only the newest run counts: a page
 * answered after the variables changed, or after unmount, is dropped, so rows of another filter
 * never mix in.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { gql } from '../../lib/api';
import type { PipelinePageQueryVariables } from '../../gql/graphql';
import { PAGE_SIZE, PIPELINE_PAGE, type PipelineRow } from './queries';

type PageVariables = Omit<PipelinePageQueryVariables, 'after' | 'first'>;

export interface MatchPages {
  rows: PipelineRow[] | null;
  totalCount: number;
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  more: () => void;
  reload: () => void;
}

interface Loaded {
  rows: PipelineRow[];
  totalCount: number;
  endCursor: string | null;
  hasMore: boolean;
}

export function useMatchPages(variables: PageVariables): MatchPages {
  const key = JSON.stringify(variables);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [runs, setRuns] = useState(0);
  // Bumped by each first-page run; an answer of an older run is dropped.
  const run = useRef(0);

  const load = useCallback(
    (after: string | null, previous: PipelineRow[]) => {
      const mine = run.current;
      setLoading(true);
      setError(null);
      gql(PIPELINE_PAGE, { ...(JSON.parse(key) as PageVariables), first: PAGE_SIZE, after })
        .then(({ matchPipeline: page }) => {
          if (mine !== run.current) return;
          setLoaded({
            rows: [...previous, ...page.edges.map((edge) => edge.node)],
            totalCount: page.totalCount,
            endCursor: page.pageInfo.endCursor ?? null,
            hasMore: page.pageInfo.hasNextPage,
          });
        })
        .catch((e: unknown) => {
          if (mine === run.current) setError(e);
        })
        .finally(() => {
          if (mine === run.current) setLoading(false);
        });
    },
    [key],
  );

  // Other variables empty the list at once; a reload keeps the rows on screen until the new ones come.
  const shownKey = useRef(key);
  useEffect(() => {
    run.current += 1;
    if (shownKey.current !== key) {
      shownKey.current = key;
      setLoaded(null);
    }
    load(null, []);
    return () => {
      run.current += 1;
    };
  }, [key, load, runs]);

  const more = useCallback(() => {
    if (loaded?.hasMore && !loading) load(loaded.endCursor, loaded.rows);
  }, [loaded, loading, load]);
  const reload = useCallback(() => setRuns((n) => n + 1), []);

  return {
    rows: loaded?.rows ?? null,
    totalCount: loaded?.totalCount ?? 0,
    hasMore: loaded?.hasMore ?? false,
    loading,
    error,
    more,
    reload,
  };
}
