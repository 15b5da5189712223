import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { TestApi } from './api-client';

/** A graphql-ws client subscribed to one operation, collecting what it receives. */
export interface Subscriber<T> {
  received: T[];
  errors: unknown[];
  closed: { code?: number } | null;
  completed: boolean;
  close(): Promise<void>;
}

/**
 * Subscribes to `query` over graphql-ws as `authorization` ("Bearer <jwt>", or null for none); each
 * result's root field values land in `received`, its errors in `errors`.
 */
export function subscribeLive<T>(
  api: TestApi,
  authorization: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Subscriber<T> {
  const client = createClient({
    url: api.url('/graphql').replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: authorization === null ? {} : { authorization },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
  const sub: Subscriber<T> = {
    received: [],
    errors: [],
    closed: null,
    completed: false,
    close: async () => {
      dispose();
      await client.dispose();
    },
  };
  client.on('closed', (event) => {
    sub.closed = { code: (event as { code?: number }).code };
  });
  const dispose = client.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) sub.errors.push(...result.errors);
        else sub.received.push(...Object.values(result.data ?? {}));
      },
      // A protocol Error message (an operation refused before it ran) delivers its GraphQL errors as an array.
      error: (error) => sub.errors.push(...(Array.isArray(error) ? (error as unknown[]) : [error])),
      complete: () => {
        sub.completed = true;
      },
    },
  );
  return sub;
}
