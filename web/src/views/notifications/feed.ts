/**
 * The signed-in user's notification feed, one per tab: the unread count and the live
 * `notificationAdded` subscription (graphql-ws on /graphql, the token sent in connectionParams as
 * the server expects: src/modules/auth/subscription-auth.ts). The header's bell starts it on sign-in
 * and stops it on sign-out, which closes the socket.
 *
 * - The count is read at start and again at every (re)connection, so notifications written while the
 *   tab was signed out or disconnected are counted; the list re-reads its first page then (`resyncs`).
 * - Each live notification is handed to the listeners (the open list) and the count is read again:
 *   the server's count, not a client tally, so a notification is never counted twice.
 * - Answers are applied in the order their requests were sent: a slow count never undoes a newer one.
 * - The socket client is a lazy chunk, loaded after the first paint; it reconnects with a randomised
 *   exponential backoff capped at 30 s, without limit, except when the server refuses the token
 *   (4403): then the count is read over HTTP, whose UNAUTHENTICATED answer signs the tab out.
 */
import { print } from 'graphql';
import { useSyncExternalStore } from 'react';
import type { NotificationAddedSubscription } from '../../gql/graphql';
import { gql } from '../../lib/api';
import {
  MARK_NOTIFICATIONS_READ,
  NOTIFICATION_ADDED,
  UNREAD_NOTIFICATION_COUNT,
  type NotificationItem,
} from './queries';

export interface FeedState {
  /** The signed-in user's unread notifications; null until the first count arrives. */
  unread: number | null;
  /** Bumped at each (re)connection of the live feed: a list reads again what it may have missed. */
  resyncs: number;
  /** Whether the live feed's socket is connected now. */
  live: boolean;
}

const FORBIDDEN = 4403;
const RETRY_BASE_MS = 1_000;
const RETRY_CAP_MS = 30_000;

let state: FeedState = { unread: null, resyncs: 0, live: false };
const stateListeners = new Set<() => void>();
const addedListeners = new Set<(item: NotificationItem) => void>();

function setState(next: Partial<FeedState>): void {
  state = { ...state, ...next };
  stateListeners.forEach((listener) => listener());
}

/** The feed of one signed-in session; a stopped one changes nothing any more. */
class FeedSession {
  private stopped = false;
  private sent = 0;
  private applied = 0;
  private counting = false;
  private countAgain = false;
  private dispose: (() => void) | null = null;

  constructor(private readonly token: string) {}

  start(): void {
    void this.refreshCount();
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.dispose?.();
    this.dispose = null;
  }

  /** Applies an unread count from the server, unless a later request's answer already was. */
  apply(count: number, order: number): void {
    if (this.stopped || order <= this.applied) return;
    this.applied = order;
    setState({ unread: count });
  }

  nextOrder(): number {
    return ++this.sent;
  }

  /** Reads the count; calls while one is under way run once more after it, not in parallel. */
  async refreshCount(): Promise<void> {
    if (this.counting) {
      this.countAgain = true;
      return;
    }
    this.counting = true;
    try {
      do {
        this.countAgain = false;
        const order = this.nextOrder();
        const data = await gql(UNREAD_NOTIFICATION_COUNT);
        this.apply(data.unreadNotificationCount, order);
      } while (this.countAgain && !this.stopped);
    } catch {
      // The count stays as it was (an expired token has signed the tab out through lib/api).
    } finally {
      this.counting = false;
    }
  }

  private async connect(): Promise<void> {
    const { createClient } = await import('graphql-ws/client');
    if (this.stopped) return;
    const client = createClient({
      url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
      connectionParams: { authorization: `Bearer ${this.token}` },
      retryAttempts: Infinity,
      retryWait: (retries) =>
        new Promise<void>((resolve) =>
          setTimeout(resolve, Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** retries) * (0.5 + Math.random() / 2)),
        ),
      shouldRetry: (closed) => !isCloseEvent(closed) || closed.code !== FORBIDDEN,
      on: {
        connected: () => {
          if (this.stopped) return;
          void this.refreshCount();
          setState({ resyncs: state.resyncs + 1, live: true });
        },
        closed: () => {
          if (!this.stopped) setState({ live: false });
        },
      },
    });
    const unsubscribe = client.subscribe<NotificationAddedSubscription>(
      { query: print(NOTIFICATION_ADDED) },
      {
        next: (result) => {
          const item = result.data?.notificationAdded;
          if (!item || this.stopped) return;
          addedListeners.forEach((listener) => listener(item));
          void this.refreshCount();
        },
        // Retries are over (the token refused): reading over HTTP tells whether the session ended.
        error: () => void this.refreshCount(),
        complete: () => undefined,
      },
    );
    this.dispose = () => {
      unsubscribe();
      void client.dispose();
    };
  }
}

function isCloseEvent(value: unknown): value is { code: number } {
  return typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'number';
}

let current: FeedSession | null = null;

/** Starts the feed of the signed-in user (the session's token); the returned function stops it. */
export function startNotificationFeed(token: string): () => void {
  current?.stop();
  const session = new FeedSession(token);
  current = session;
  setState({ unread: null, live: false });
  session.start();
  return () => {
    session.stop();
    if (current === session) {
      current = null;
      setState({ unread: null, live: false });
    }
  };
}

/**
 * Marks notifications read (all of them without ids) and takes the server's new unread count.
 * Throws the API's error, for the caller to show.
 */
export async function markNotificationsRead(ids?: string[]): Promise<void> {
  const session = current;
  const order = session?.nextOrder() ?? 0;
  const data = await gql(MARK_NOTIFICATIONS_READ, ids ? { ids } : {});
  session?.apply(data.markNotificationsRead, order);
}

/** Calls `listener` with each notification that arrives live; returns the unsubscribe. */
export function onNotificationAdded(listener: (item: NotificationItem) => void): () => void {
  addedListeners.add(listener);
  return () => {
    addedListeners.delete(listener);
  };
}

function subscribe(listener: () => void): () => void {
  stateListeners.add(listener);
  return () => {
    stateListeners.delete(listener);
  };
}

export function useNotificationFeed(): FeedState {
  return useSyncExternalStore(subscribe, () => state);
}
