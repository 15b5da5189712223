import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NotificationFeedService } from './notification-feed.service';
import { NotificationStoreModule } from './notification-store.module';
import { NotificationsResolver } from './notifications.resolver';

/**
 * The API's side of in-app notifications: each user's list, unread count, marking read and the
 * live notificationAdded subscription. Notifications are written by the modules whose events they
 * tell of (notification-writes.ts) and announced by NotificationPublisher (LiveEventsModule).
 */
@Module({
  imports: [NotificationStoreModule, AuthModule],
  providers: [NotificationFeedService, NotificationsResolver],
})
export class NotificationFeedModule {}
