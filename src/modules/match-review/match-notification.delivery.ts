import { Injectable, Logger } from '@nestjs/common';

export interface MatchNotification {
  to: string;
  subject: string;
  body: string;
}

/** Where notifications go. The log delivery is the default; another (e.g. SMTP) binds this token. */
export const NOTIFICATION_DELIVERY = Symbol('NOTIFICATION_DELIVERY');

export interface NotificationDelivery {
  /** Throws to have the queue retry the job. */
  send(notification: MatchNotification): Promise<void>;
}

@Injectable()
export class LogDelivery implements NotificationDelivery {
  private readonly logger = new Logger('Notifications');

  async send(notification: MatchNotification): Promise<void> {
    this.logger.log(`to ${notification.to}: ${notification.subject}`);
  }
}
