import { Logger } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { NotificationDelivery, OutgoingNotification } from './notification-delivery';

/**
 * Sends notifications as plain-text e-mail through one SMTP server (SMTP_URL, SMTP_FROM). A failure
 * (connection refused or dropped, a 4xx/5xx reply, a timeout) throws, so the job fails and the
 * notifications queue retries it with backoff; the event is marked notified only after every
 * recipient was sent to, so a retry may send again to recipients before the one that failed.
 */
export class SmtpDelivery implements NotificationDelivery {
  private readonly logger = new Logger('Notifications');
  private readonly transport: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    // Short timeouts: a hung server must fail the job (and have it retried) well within the job lock.
    this.transport = createTransport({
      url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send(notification: OutgoingNotification): Promise<void> {
    const info = await this.transport.sendMail({
      from: this.from,
      to: notification.to,
      subject: notification.subject,
      text: notification.body,
    });
    const rejected = info.rejected ?? [];
    if (rejected.length > 0) throw new Error(`SMTP server rejected ${rejected.map(String).join(', ')}`);
    this.logger.log(`mailed ${notification.to}: ${notification.subject}`);
  }

  close(): void {
    this.transport.close();
  }
}
