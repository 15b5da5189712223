import { Injectable, Logger } from '@nestjs/common';
import { NotificationDelivery, OutgoingNotification } from './notification-delivery';

/** Notifications as log lines: the delivery when no SMTP server is configured. */
@Injectable()
export class LogDelivery implements NotificationDelivery {
  private readonly logger = new Logger('Notifications');

  async send(notification: OutgoingNotification): Promise<void> {
    this.logger.log(`to ${notification.to}: ${notification.subject}`);
  }
}
