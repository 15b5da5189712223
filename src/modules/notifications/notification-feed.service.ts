import { Inject, Injectable } from '@nestjs/common';
import { RedisPubSub } from '../../infra/redis/redis-pubsub';
import { AuthService } from '../auth/auth.service';
import { Principal } from '../auth/principal';
import { LIVE_PUBSUB } from '../matches/live/match-live.events';
import { MarkNotificationsReadArgs, NotificationsArgs } from './dto/notifications.args';
import { Notification } from './models/notification.model';
import { NOTIFICATION_ADDED, NotificationAddedEvent } from './notification.publisher';
import { NotificationRepository } from './notification.repository';

/** A user's notifications: listed, counted, marked read and delivered live, always the caller's own. */
@Injectable()
export class NotificationFeedService {
  constructor(
    private readonly repository: NotificationRepository,
    @Inject(LIVE_PUBSUB) private readonly pubsub: RedisPubSub,
    private readonly auth: AuthService,
  ) {}

  list(args: NotificationsArgs, me: Principal) {
    return this.repository.list(me.userId, args);
  }

  unreadCount(me: Principal): Promise<number> {
    return this.repository.unreadCount(me.userId);
  }

  markRead(args: MarkNotificationsReadArgs, me: Principal): Promise<number> {
    return this.repository.markRead(me.userId, args.ids ? [...new Set(args.ids)] : null);
  }

  /**
   * The subscriber's own new notifications. Another user's event is skipped before anything is
   * read; for one's own the user is re-read from the graph, so a deleted user's stream ends.
   */
  added(me: Principal, token: string): AsyncIterableIterator<Notification> {
    return this.pubsub.mapped<NotificationAddedEvent, Notification>(NOTIFICATION_ADDED, async (event) => {
      if (event.userId !== me.userId) return null;
      const viewer = await this.auth.authenticate(token, { fresh: true }).catch(() => null);
      if (!viewer || viewer.userId !== me.userId) return 'end';
      return this.repository.findOwn(event.notificationId, me.userId);
    });
  }
}
