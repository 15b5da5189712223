import { Module } from '@nestjs/common';
import { NotificationRepository } from './notification.repository';

/** The notifications' repository, provided here only: the API's feed and the workers' retention import it. */
@Module({ providers: [NotificationRepository], exports: [NotificationRepository] })
export class NotificationStoreModule {}
