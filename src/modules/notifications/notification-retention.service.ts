import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { NotificationRepository } from './notification.repository';

const DAY_MS = 86_400_000;

/** Deletes notifications older than NOTIFICATION_RETENTION_DAYS (the workers' hourly job). */
@Injectable()
export class NotificationRetentionService {
  private readonly logger = new Logger(NotificationRetentionService.name);

  constructor(
    private readonly repository: NotificationRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** As of `now` (a parameter, so a test can move the clock); running twice deletes nothing more. */
  async prune(now: Date): Promise<{ deleted: number }> {
    const days = this.config.notifications.retentionDays;
    const deleted = await this.repository.deleteCreatedBefore(new Date(now.getTime() - days * DAY_MS));
    this.logger.log(`Notification retention at ${now.toISOString()}: ${deleted} older than ${days} days deleted`);
    return { deleted };
  }
}
