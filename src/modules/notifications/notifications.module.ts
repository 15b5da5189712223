import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/app-config';
import { LogDelivery } from './log.delivery';
import { NOTIFICATION_DELIVERY, NotificationDelivery } from './notification-delivery';
import { SmtpDelivery } from './smtp.delivery';

/**
 * Notifications out of the system (match events, equipment use requests): the one delivery of a
 * worker process, shared by every notifying module: SMTP when SMTP_URL is set, else a log line.
 */
@Module({
  providers: [
    {
      provide: NOTIFICATION_DELIVERY,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): NotificationDelivery =>
        config.smtp ? new SmtpDelivery(config.smtp.url, config.smtp.from) : new LogDelivery(),
    },
  ],
  exports: [NOTIFICATION_DELIVERY],
})
export class NotificationsModule implements OnApplicationShutdown {
  constructor(@Inject(NOTIFICATION_DELIVERY) private readonly delivery: NotificationDelivery) {}

  onApplicationShutdown(): void {
    if (this.delivery instanceof SmtpDelivery) this.delivery.close();
  }
}
