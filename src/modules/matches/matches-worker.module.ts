import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { MatchStoreModule } from './match-store.module';
import { MatchNotificationProducer } from './review/match-notification.producer';
import { MatchNotificationService } from './review/match-notification.service';
import { MatchStalledScheduler } from './review/match-stalled.scheduler';
import { MatchStalledService } from './review/match-stalled.service';

/** The workers' side of the review workflow: the scheduled stalled detection and notifications (no GraphQL). */
@Module({
  imports: [MatchStoreModule, NotificationsModule],
  providers: [MatchNotificationProducer, MatchStalledService, MatchStalledScheduler, MatchNotificationService],
  exports: [MatchStalledService, MatchNotificationService],
})
export class MatchesWorkerModule {}
