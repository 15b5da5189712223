import { INestApplication } from '@nestjs/common';
import { rmSync } from 'node:fs';
import { createApiApp, publicUrl } from '../../src/bootstrap';
import { AppConfig } from '../../src/config/app-config';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApi {
  app: INestApplication;
  url: (path?: string) => string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** Signs in and returns the bearer token; fails the test when sign-in fails. */
  signIn(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

/** Boots the real API (same start-up as main.ts) and talks to it over HTTP. */
export async function startTestApi(config: AppConfig): Promise<TestApi> {
  const app = await createApiApp(config);
  const url = (path = '') => publicUrl(config, path);
  const api: TestApi = {
    app,
    url,
    async gql(query, variables, token) {
      const response = await fetch(url('/graphql'), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse;
      return { ...body, status: response.status } as never;
    },
    async signIn(email, password) {
      const response = await api.gql<{ signIn: { token: string } }>(
        'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
        { email, password },
      );
      if (!response.data?.signIn) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(response.errors)}`);
      return response.data.signIn.token;
    },
    close: async () => {
      await app.close();
      if (config.graphql.schemaFile) rmSync(config.graphql.schemaFile, { force: true });
    },
  };
  return api;
}

/** The data of a response that must have succeeded; otherwise throws with its errors as the message. */
export async function must<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
  const r = await response;
  if (r.errors || !r.data) throw new Error(JSON.stringify(r.errors));
  return r.data;
}
