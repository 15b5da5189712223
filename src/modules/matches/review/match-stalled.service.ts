import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { MatchLivePublisher } from '../live/match-live.publisher';
import { NotificationPublisher } from '../../notifications/notification.publisher';
import { MatchStatus } from '../models/match.model';
import { MatchNotificationProducer } from './match-notification.producer';
import { MatchReviewRepository } from './match-review.repository';
import { stalledCutoff } from './match-review.rules';

/** Stalled detection, shared by the admin's mutation (API) and the scheduled job (workers). */
@Injectable()
export class MatchStalledService {
  private readonly logger = new Logger(MatchStalledService.name);

  constructor(
    private readonly repository: MatchReviewRepository,
    private readonly notifications: MatchNotificationProducer,
    private readonly live: MatchLivePublisher,
    private readonly notificationsAdded: NotificationPublisher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Flags matches without follow-up for MATCH_STALLED_AFTER_DAYS as of `now`. The clock is a
   * parameter so a test can move it; running twice at the same time flags nothing more (idempotent).
   */
  async flagStalled(now: Date): Promise<string[]> {
    const days = this.config.matchReview.stalledAfterDays;
    const { flagged, notifications } = await this.repository.flagStalled(
      now,
      stalledCutoff(now, days),
      `No follow-up for ${days} days`,
    );
    this.logger.log(`Stalled detection at ${now.toISOString()}: ${flagged.length} match(es) flagged`);
    // After the commit, so a retried transaction never enqueues (its work may run more than once).
    await this.notifications.notify(flagged.map((f) => f.eventId));
    await this.notificationsAdded.added(notifications);
    await this.live.statusChanged(flagged.map((f) => ({ matchId: f.matchId, from: f.from, to: MatchStatus.STALLED })));
    return flagged.map((f) => f.matchId);
  }
}
