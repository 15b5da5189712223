import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { ApiError, gql } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { session, type SessionUser } from '../../lib/session';

const SIGN_IN = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      token
      user {
        ...SessionUser
      }
    }
  }
`);

export function SignIn({ onSignedIn }: { onSignedIn: (user: SessionUser) => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) return setError(t('signIn.required'));
    setBusy(true);
    setError(null);
    try {
      const data = await gql(SIGN_IN, { email: email.trim(), password });
      session.save(data.signIn.token, data.signIn.user);
      onSignedIn(data.signIn.user);
    } catch (e) {
      setError(e instanceof ApiError && e.code === 'UNAUTHENTICATED' ? t('signIn.failed') : errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel signin" onSubmit={(event) => void submit(event)} noValidate data-testid="sign-in">
      <h1>{t('signIn.title')}</h1>
      <label className="field">
        <span>{t('signIn.email')}</span>
        <input
          name="email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('signIn.password')}</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button className="button primary" type="submit" disabled={busy}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}
