/** The sign-in page's text. */
import { defineMessages } from '../../lib/define-messages';

export const signInMessages = defineMessages({
  en: {
    'signIn.title': 'Sign in',
    'signIn.email': 'E-mail',
    'signIn.password': 'Password',
    'signIn.submit': 'Sign in',
    'signIn.failed': 'Sign-in failed: check the e-mail and password.',
    'signIn.required': 'Enter your e-mail and password.',
    'signIn.adminHint':
      'Administrators use the GraphQL API at /graphql; this app has homes for coordinators, companies and consortium managers.',
  },
  ja: {
    'signIn.title': 'ログイン',
    'signIn.email': 'メールアドレス',
    'signIn.password': 'パスワード',
    'signIn.submit': 'ログイン',
    'signIn.failed': 'ログインできませんでした。メールアドレスとパスワードを確認してください。',
    'signIn.required': 'メールアドレスとパスワードを入力してください。',
    'signIn.adminHint':
      '管理者は /graphql の GraphQL API を使います。この画面はコーディネーター・企業・コンソーシアム管理者向けです。',
  },
});
