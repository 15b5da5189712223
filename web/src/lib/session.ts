/** The signed-in user, kept in sessionStorage: it ends with the tab, and never in a cookie (no CSRF surface). */
import { graphql } from '../gql';
import type { SessionUserFragment } from '../gql/graphql';

// Declared for codegen and spread by the sign-in mutation; its type is generated.
graphql(`
  fragment SessionUser on User {
    id
    email
    displayName
    role
    linkedId
  }
`);
export type SessionUser = SessionUserFragment;

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
