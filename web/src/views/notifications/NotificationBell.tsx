/**
 * The header's bell, for every signed-in role: the unread count, a link to /notifications. While it
 * is shown (signed in), it keeps the tab's notification feed running (./feed.ts).
 */
import { useEffect } from 'react';
import { useI18n } from '../../lib/i18n';
import { Link, useLocation } from '../../lib/router';
import { startNotificationFeed, useNotificationFeed } from './feed';
import './notifications.css';

export const NOTIFICATIONS_PATH = '/notifications';

export function NotificationBell({ token }: { token: string }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const { unread, live } = useNotificationFeed();

  // One feed per sign-in (its token); signing out unmounts the bell, which closes the socket.
  useEffect(() => startNotificationFeed(token), [token]);

  const count = unread ?? 0;
  const label = count > 0 ? t('notif.bellUnread', { count }) : t('notif.bell');
  return (
    <Link
      to={NOTIFICATIONS_PATH}
      className="bell"
      data-testid="notification-bell"
      data-unread={unread ?? ''}
      data-live={live ? 'connected' : 'off'}
      aria-label={label}
      title={label}
      aria-current={pathname === NOTIFICATIONS_PATH ? 'page' : undefined}
    >
      <svg className="bell-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {count > 0 && (
        <span className="bell-count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
