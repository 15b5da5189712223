import { Inject, Injectable } from '@nestjs/common';
import { NOTIFICATION_DELIVERY, NotificationDelivery } from '../notifications/notification-delivery';
import { EquipmentUseRepository, UseNotificationContext } from './equipment-use.repository';

export type UseNotifyOutcome = { outcome: 'sent'; recipients: number } | { outcome: 'skipped'; reason: string };

/** Everyone concerned by a request, both sides, but never the user who made the event. */
export function useRecipientsOf(ctx: UseNotificationContext): string[] {
  const users = [...ctx.companyUsers, ...ctx.staffUsers, ...ctx.coordinators].filter(
    (u) => u.id !== ctx.event.byUserId,
  );
  return [...new Set(users.map((u) => u.email))].sort();
}

@Injectable()
export class EquipmentUseNotificationService {
  constructor(
    private readonly repository: EquipmentUseRepository,
    @Inject(NOTIFICATION_DELIVERY) private readonly delivery: NotificationDelivery,
  ) {}

  /** Idempotent: an event already notified is skipped (a job may run twice). */
  async notifyEvent(eventId: string): Promise<UseNotifyOutcome> {
    const ctx = await this.repository.notificationContext(eventId);
    if (!ctx) return { outcome: 'skipped', reason: 'the event no longer exists' };
    if (ctx.notified) return { outcome: 'skipped', reason: 'already notified' };
    const { event } = ctx;
    const recipients = useRecipientsOf(ctx);
    const subject = event.from
      ? `Use request for "${ctx.equipmentName}": ${event.from} -> ${event.to}`
      : `New use request for "${ctx.equipmentName}"`;
    const lines = [
      subject,
      `By ${event.byName} at ${event.at.toISOString()}`,
      ...(event.proposedFrom && event.proposedTo
        ? [`Proposed: ${event.proposedFrom.toISOString()} - ${event.proposedTo.toISOString()}`]
        : []),
      ...(event.reason ? [`Reason: ${event.reason}`] : []),
      `Request ${ctx.requestId}`,
    ];
    for (const to of recipients) await this.delivery.send({ to, subject, body: lines.join('\n') });
    await this.repository.markNotified(eventId, recipients);
    return { outcome: 'sent', recipients: recipients.length };
  }
}
