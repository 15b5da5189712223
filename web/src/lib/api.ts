/**
 * A small typed GraphQL client for the API on the same origin. JSON content-type on every request
 * (Apollo's CSRF prevention refuses simple requests); the bearer token comes from the session.
 * Operations are typed document nodes written with `graphql()` from ../gql (GraphQL Code Generator,
 * `npm run codegen`), so the result and variables types come from schema.gql.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { session } from './session';

export interface GraphQLErrorBody {
  message: string;
  extensions?: {
    code?: string;
    fields?: string[];
    /** One argument's name, when the error is about a single argument (an id). */
    field?: string;
    /** Per field: the rules' messages and, from class-validator, their kinds ("maxLength"). */
    rules?: { field: string; rules: string[]; kinds?: string[] }[];
    [key: string]: unknown;
  };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly errors: GraphQLErrorBody[],
  ) {
    super(message);
  }
}

/** Called when the API says the token is no longer valid, so the app can return to sign-in. */
let onUnauthenticated: () => void = () => undefined;
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

/** Variables may be left out when the operation has none or only optional ones. */
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

export async function gql<T, V>(
  document: TypedDocumentNode<T, V>,
  ...[variables]: VariablesArg<NoInfer<V>>
): Promise<T> {
  const token = session.token();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    });
  } catch (cause) {
    throw new ApiError(cause instanceof Error ? cause.message : 'network error', 'NETWORK', []);
  }
  let body: { data?: T; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`HTTP ${response.status}`, 'HTTP', []);
  }
  if (body.errors?.length) {
    const code = body.errors[0].extensions?.code;
    if (code === 'UNAUTHENTICATED' && token) onUnauthenticated();
    throw new ApiError(body.errors.map((e) => e.message).join('; '), code, body.errors);
  }
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, 'HTTP', []);
  return body.data;
}
