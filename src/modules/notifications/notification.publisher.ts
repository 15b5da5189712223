import { Inject, Injectable } from '@nestjs/common';
import { RedisPubSub } from '../../infra/redis/redis-pubsub';
import { LIVE_PUBSUB } from '../matches/live/match-live.events';
import { NotificationRef } from './notification-writes';

/** The live channel of new notifications (see RedisPubSub); a payload is a NotificationAddedEvent. */
export const NOTIFICATION_ADDED = 'notification-added';

/** Ids only: the subscriber reads the notification from the graph, for its own user. */
export interface NotificationAddedEvent {
  notificationId: string;
  userId: string;
}

/**
 * Announces new notifications to the notificationAdded subscriptions, after the transaction that
 * wrote them committed. Never fails the caller: the notifications stand, and a recipient who missed
 * the live event lists them (notifications, unreadNotificationCount) on the next sign-in.
 */
@Injectable()
export class NotificationPublisher {
  constructor(@Inject(LIVE_PUBSUB) private readonly pubsub: RedisPubSub) {}

  async added(notifications: readonly NotificationRef[]): Promise<void> {
    await this.pubsub.publishAll(
      NOTIFICATION_ADDED,
      notifications.map((n) => ({ notificationId: n.id, userId: n.userId }) satisfies NotificationAddedEvent),
    );
  }
}
