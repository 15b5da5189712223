import { Module } from '@nestjs/common';
import { MatchNotificationProducer } from './match-notification.producer';
import { MatchNotificationService } from './match-notification.service';
import { MatchReviewRepository } from './match-review.repository';
import { MatchStalledScheduler } from './match-stalled.scheduler';
import { MatchStalledService } from './match-stalled.service';
import { NotificationDeliveryModule } from './notification-delivery.module';

/** The workers' side of the review workflow: the scheduled stalled detection and notifications (no GraphQL). */
@Module({
  imports: [NotificationDeliveryModule],
  providers: [
    MatchReviewRepository,
    MatchNotificationProducer,
    MatchStalledService,
    MatchStalledScheduler,
    MatchNotificationService,
  ],
  exports: [MatchStalledService, MatchNotificationService],
})
export class MatchReviewWorkerModule {}
