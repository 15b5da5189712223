import { Args, Context, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentUser } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { SubscriptionContext } from '../auth/subscription-auth';
import { MarkNotificationsReadArgs, NotificationsArgs } from './dto/notifications.args';
import { Notification, NotificationConnection } from './models/notification.model';
import { NotificationFeedService } from './notification-feed.service';

/** Every signed-in user's own notifications; nobody reads or marks another's. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationFeedService) {}

  @Query(() => NotificationConnection, {
    description: 'Your notifications, newest first by default (those missed while away included).',
  })
  notifications(@Args() args: NotificationsArgs, @CurrentUser() me: Principal) {
    return this.service.list(args, me);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@CurrentUser() me: Principal) {
    return this.service.unreadCount(me);
  }

  @Mutation(() => Int, {
    description:
      'Marks your notifications ids read (all of them when ids is omitted); those already read keep their readAt. Returns how many stay unread. NOT_FOUND, and nothing marked, when an id is not one of your notifications.',
  })
  markNotificationsRead(@Args() args: MarkNotificationsReadArgs, @CurrentUser() me: Principal) {
    return this.service.markRead(args, me);
  }

  @Subscription(() => Notification, {
    description: 'Your new notifications, as they are written.',
    resolve: (notification: Notification) => notification,
  })
  notificationAdded(@CurrentUser() me: Principal, @Context() ctx: SubscriptionContext) {
    return this.service.added(me, ctx.token);
  }
}
