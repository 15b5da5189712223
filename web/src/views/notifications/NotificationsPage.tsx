/**
 * /notifications, for every signed-in role: the reader's notifications newest first, paged with the
 * API's cursor, the unread ones marked; each written in the reader's language and linked to what it
 * opens (opening one marks it read); "mark all read". New ones arrive live from the tab's feed; after
 * a reconnection the first page is read again for those missed meanwhile.
 */
import { useEffect, useReducer, useRef, useState } from 'react';
import type { NotificationsQuery, Role } from '../../gql/graphql';
import { gql } from '../../lib/api';
import { formatDateTime } from '../../lib/domain';
import { useI18n } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { session } from '../../lib/session';
import { ErrorLine, Loading } from '../../lib/ui';
import { useQuery } from '../../lib/use-query';
import { markNotificationsRead, onNotificationAdded, useNotificationFeed } from './feed';
import { describeNotification } from './notification-text';
import { NOTIFICATIONS, type NotificationItem } from './queries';

const PAGE_SIZE = 20;

type Page = NotificationsQuery['notifications'];

interface ListState {
  items: NotificationItem[];
  total: number;
  /** Where the next older page starts; null before the first page, or when there is none. */
  endCursor: string | null;
  hasNextPage: boolean;
  /** Whether older pages were read: the first page's cursor then no longer says where to go on. */
  pagedOn: boolean;
}

type Action =
  | { type: 'first'; page: Page }
  | { type: 'older'; page: Page }
  | { type: 'added'; item: NotificationItem }
  | { type: 'read'; ids: readonly string[] | 'all'; at: string };

const EMPTY: ListState = { items: [], total: 0, endCursor: null, hasNextPage: false, pagedOn: false };

/** Those of `incoming` replace the same ids; the list stays newest first. */
function merge(items: NotificationItem[], incoming: NotificationItem[]): NotificationItem[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const item of incoming) byId.set(item.id, item);
  return [...byId.values()].sort((a, b) =>
    a.createdAt === b.createdAt ? b.id.localeCompare(a.id) : b.createdAt.localeCompare(a.createdAt),
  );
}

function reduce(state: ListState, action: Action): ListState {
  switch (action.type) {
    case 'first': {
      const items = merge(
        state.items,
        action.page.edges.map((e) => e.node),
      );
      if (state.pagedOn) return { ...state, items, total: action.page.totalCount };
      return { ...state, items, total: action.page.totalCount, ...action.page.pageInfo };
    }
    case 'older':
      return {
        items: merge(
          state.items,
          action.page.edges.map((e) => e.node),
        ),
        total: action.page.totalCount,
        ...action.page.pageInfo,
        pagedOn: true,
      };
    case 'added': {
      const known = state.items.some((item) => item.id === action.item.id);
      return { ...state, items: merge(state.items, [action.item]), total: state.total + (known ? 0 : 1) };
    }
    case 'read':
      return {
        ...state,
        items: state.items.map((item) =>
          !item.readAt && (action.ids === 'all' || action.ids.includes(item.id))
            ? { ...item, readAt: action.at }
            : item,
        ),
      };
  }
}

export function NotificationsPage() {
  const { t } = useI18n();
  const role = session.user()?.role ?? null;
  const { unread, resyncs } = useNotificationFeed();
  const [list, dispatch] = useReducer(reduce, EMPTY);
  const first = useQuery(NOTIFICATIONS, { first: PAGE_SIZE, after: null });
  const [older, setOlder] = useState<{ loading: boolean; error: unknown }>({ loading: false, error: null });
  const [marking, setMarking] = useState<{ busy: boolean; error: unknown; done: boolean }>({
    busy: false,
    error: null,
    done: false,
  });

  useEffect(() => {
    if (first.data) dispatch({ type: 'first', page: first.data.notifications });
  }, [first.data]);

  // After the feed (re)connects, read the first page again: what arrived while away is there.
  const seenResyncs = useRef(resyncs);
  const { reload } = first;
  useEffect(() => {
    if (resyncs === seenResyncs.current) return;
    seenResyncs.current = resyncs;
    reload();
  }, [resyncs, reload]);

  useEffect(() => onNotificationAdded((item) => dispatch({ type: 'added', item })), []);

  const loadOlder = async () => {
    setOlder({ loading: true, error: null });
    try {
      const data = await gql(NOTIFICATIONS, { first: PAGE_SIZE, after: list.endCursor });
      dispatch({ type: 'older', page: data.notifications });
      setOlder({ loading: false, error: null });
    } catch (error) {
      setOlder({ loading: false, error });
    }
  };

  const markAll = async () => {
    setMarking({ busy: true, error: null, done: false });
    try {
      await markNotificationsRead();
      dispatch({ type: 'read', ids: 'all', at: new Date().toISOString() });
      setMarking({ busy: false, error: null, done: true });
    } catch (error) {
      setMarking({ busy: false, error, done: false });
    }
  };

  const markOne = async (id: string) => {
    setMarking({ busy: true, error: null, done: false });
    try {
      await markNotificationsRead([id]);
      dispatch({ type: 'read', ids: [id], at: new Date().toISOString() });
      setMarking({ busy: false, error: null, done: false });
    } catch (error) {
      setMarking({ busy: false, error, done: false });
    }
  };

  // Opening one marks it read; the link is followed at once, the mark is sent meanwhile (if it
  // fails, the notification stays unread and the count, read from the server, says so).
  const opened = (id: string) => {
    dispatch({ type: 'read', ids: [id], at: new Date().toISOString() });
    markNotificationsRead([id]).catch(() => undefined);
  };

  const unreadCount = unread ?? list.items.filter((item) => !item.readAt).length;
  const loaded = first.data !== null;

  return (
    <div className="panel notifications" data-testid="notifications">
      <div className="notifications-head">
        <div>
          <h1>{t('notif.title')}</h1>
          {loaded && (
            <p className="muted" data-testid="notification-summary">
              {t('notif.summary', { total: list.total, unread: unreadCount })}
            </p>
          )}
        </div>
        <button
          type="button"
          className="button"
          data-testid="mark-all-read"
          disabled={marking.busy || unreadCount === 0}
          onClick={() => void markAll()}
        >
          {t('notif.markAllRead')}
        </button>
      </div>
      <div aria-live="polite">
        {marking.done && unreadCount === 0 && <p className="success">{t('notif.allRead')}</p>}
      </div>
      {marking.error !== null && <ErrorLine error={marking.error} />}
      {first.error !== null && <ErrorLine error={first.error} onRetry={first.reload} />}
      {!loaded && first.error === null && <Loading />}
      {loaded && list.items.length === 0 && <p className="empty">{t('notif.empty')}</p>}
      {list.items.length > 0 && (
        <ol className="notification-list" data-testid="notification-list">
          {list.items.map((item) => (
            <NotificationRow
              key={item.id}
              item={item}
              role={role}
              busy={marking.busy}
              onOpen={() => opened(item.id)}
              onMarkRead={() => void markOne(item.id)}
            />
          ))}
        </ol>
      )}
      {older.error !== null && <ErrorLine error={older.error} onRetry={() => void loadOlder()} />}
      {list.hasNextPage && (
        <button
          type="button"
          className="button notifications-more"
          data-testid="notifications-more"
          disabled={older.loading}
          onClick={() => void loadOlder()}
        >
          {older.loading ? t('common.loading') : t('notif.more')}
        </button>
      )}
    </div>
  );
}

function NotificationRow({
  item,
  role,
  busy,
  onOpen,
  onMarkRead,
}: {
  item: NotificationItem;
  role: Role | null;
  busy: boolean;
  onOpen: () => void;
  onMarkRead: () => void;
}) {
  const { t, lang } = useI18n();
  const { text, to } = describeNotification(item, role, t);
  const unread = !item.readAt;
  // The company is in the sentence of every kind but these.
  const company = item.kind === 'NEW_SUGGESTIONS' || item.kind === 'MATCH_STALLED' ? item.companyName : null;
  return (
    <li
      className={unread ? 'notification unread' : 'notification'}
      data-testid="notification"
      data-id={item.id}
      data-kind={item.kind}
      data-unread={unread ? 'true' : 'false'}
    >
      <div className="notification-body">
        {to ? (
          <Link to={to} className="notification-text" onClick={unread ? onOpen : undefined}>
            {text}
          </Link>
        ) : (
          <span className="notification-text">{text}</span>
        )}
        <span className="notification-meta">
          {unread && <span className="notification-unread">{t('notif.unread')} · </span>}
          <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, lang)}</time>
          {company && <span> · {company}</span>}
        </span>
      </div>
      {!to && unread && (
        <button type="button" className="button small" disabled={busy} onClick={onMarkRead}>
          {t('notif.markRead')}
        </button>
      )}
    </li>
  );
}
