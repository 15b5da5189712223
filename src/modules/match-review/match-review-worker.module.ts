import { Module } from '@nestjs/common';
import { LogDelivery, NOTIFICATION_DELIVERY } from './match-notification.delivery';
import { MatchNotificationProducer } from './match-notification.producer';
import { MatchNotificationService } from './match-notification.service';
import { MatchReviewRepository } from './match-review.repository';
import { MatchStalledScheduler } from './match-stalled.scheduler';
import { MatchStalledService } from './match-stalled.service';

/** The workers' side of the review workflow: the scheduled stalled detection and notifications (no GraphQL). */
@Module({
  providers: [
    MatchReviewRepository,
    MatchNotificationProducer,
    MatchStalledService,
    MatchStalledScheduler,
    MatchNotificationService,
    { provide: NOTIFICATION_DELIVERY, useClass: LogDelivery },
  ],
  exports: [MatchStalledService, MatchNotificationService],
})
export class MatchReviewWorkerModule {}
