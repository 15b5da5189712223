/** The signed-in user, kept in sessionStorage: it ends with the tab, and never in a cookie (no CSRF surface). */
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

const SESSION_USER = graphql(`
  fragment SessionUser on User {
    id
    email
    displayName
    role
    linkedId
  }
`);
export type SessionUser = ResultOf<typeof SESSION_USER>;

const TOKEN_KEY = 'musubi.token';
const USER_KEY = 'musubi.user';

export const session = {
  token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  user(): SessionUser | null {
    const raw = sessionStorage.getItem(USER_KEY);
    if (!raw || !this.token()) return null;
    try {
      return JSON.parse(raw) as SessionUser;
    } catch {
      return null;
    }
  },
  save(token: string, user: SessionUser): void {
    sessionStorage.setItem(TOKEN_KEY, token);
    sessionStorage.setItem(USER_KEY, JSON.stringify(user));
  },
  clear(): void {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(USER_KEY);
  },
};
