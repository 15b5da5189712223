import { Inject, Injectable, Logger } from '@nestjs/common';
import { SHARED_STATUSES } from '../models/match.model';
import {
  NOTIFICATION_DELIVERY,
  NotificationDelivery,
  OutgoingNotification,
} from '../../notifications/notification-delivery';
import { MatchReviewRepository, NotificationContext } from './match-review.repository';
import { MatchEventKind } from '../models/match-review.model';

export type NotifyOutcome = { outcome: 'sent'; recipients: number } | { outcome: 'skipped'; reason: string };

/**
 * Who hears of a match event: the coordinators of the need's region, always; the need's company's
 * users when the match moves to a status they can see it in. Never the user who made the event.
 */
export function recipientsOf(ctx: NotificationContext): string[] {
  const companyHears = ctx.event.kind === MatchEventKind.STATUS && SHARED_STATUSES.includes(ctx.event.to);
  const users = [...ctx.coordinators, ...(companyHears ? ctx.companyUsers : [])].filter(
    (u) => u.id !== ctx.event.byUserId,
  );
  return [...new Set(users.map((u) => u.email))].sort();
}

@Injectable()
export class MatchNotificationService {
  private readonly logger = new Logger(MatchNotificationService.name);

  constructor(
    private readonly repository: MatchReviewRepository,
    @Inject(NOTIFICATION_DELIVERY) private readonly delivery: NotificationDelivery,
  ) {}

  /** Idempotent: an event already notified is skipped (a job may run twice). */
  async notifyEvent(eventId: string): Promise<NotifyOutcome> {
    const ctx = await this.repository.notificationContext(eventId);
    if (!ctx) return { outcome: 'skipped', reason: 'the event no longer exists' };
    if (ctx.notified) return { outcome: 'skipped', reason: 'already notified' };
    const recipients = recipientsOf(ctx);
    const { event } = ctx;
    const subject =
      event.kind === MatchEventKind.ANSWER
        ? `The company answered on "${ctx.needTitle}": ${event.interested ? 'interested' : 'not interested'}`
        : event.kind === MatchEventKind.NOTE
          ? `Note on a match for "${ctx.needTitle}"`
          : `Match for "${ctx.needTitle}": ${event.from} -> ${event.to}`;
    for (const to of recipients) {
      const notification: OutgoingNotification = {
        to,
        subject,
        body: `${subject}\nBy ${event.byName} at ${event.at.toISOString()}\nMatch ${ctx.matchId}`,
      };
      await this.delivery.send(notification);
    }
    await this.repository.markNotified(eventId, recipients);
    return { outcome: 'sent', recipients: recipients.length };
  }
}
