/**
 * A GraphQL read bound to a component: runs when the variables change, again on reload(), and keeps
 * only the newest answer (one that arrives after a newer run started, or after unmount, is dropped),
 * so a view never goes back to an older state.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';
import { gql } from './api';

export interface QueryState<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  /** Fetch again (after a change, or a Retry); the last data stays on screen meanwhile. */
  reload: () => void;
}

export function useQuery<T, V>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  { skip = false }: { skip?: boolean } = {},
): QueryState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(!skip);
  const [runs, setRuns] = useState(0);
  // Variables compared by value: a new object with the same content does not fetch again.
  const key = JSON.stringify(variables);

  useEffect(() => {
    if (skip) return;
    let live = true;
    setLoading(true);
    setError(null);
    (gql as (d: TypedDocumentNode<T, V>, v: V) => Promise<T>)(document, JSON.parse(key) as V)
      .then((result) => {
        if (live) setData(result);
      })
      .catch((e: unknown) => {
        if (live) setError(e);
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [document, key, skip, runs]);

  const reload = useCallback(() => setRuns((n) => n + 1), []);
  return { data, error, loading, reload };
}
