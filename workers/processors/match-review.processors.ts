import { Injectable, Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobProcessor } from '../../src/infra/queue/job-processor';
import { JobName } from '../../src/infra/queue/queue.constants';
import { MatchNotificationService } from '../../src/modules/matches/review/match-notification.service';
import { MatchStalledService } from '../../src/modules/matches/review/match-stalled.service';
import { payloadObject, uuidField } from './payload';

/** The scheduled stalled detection: flags idle follow-ups as of the time the job runs. */
@Injectable()
export class MatchStalledProcessor implements JobProcessor {
  readonly jobName = JobName.MatchStalled;
  private readonly logger = new Logger(MatchStalledProcessor.name);

  constructor(private readonly stalled: MatchStalledService) {}

  async handle() {
    const matchIds = await this.stalled.flagStalled(new Date());
    if (matchIds.length) this.logger.log(`Flagged stalled: ${matchIds.join(', ')}`);
    return { flagged: matchIds.length };
  }
}

/** Tells the people concerned about one match event (see recipientsOf). */
@Injectable()
export class MatchNotifyProcessor implements JobProcessor {
  readonly jobName = JobName.MatchNotify;
  constructor(private readonly notifications: MatchNotificationService) {}

  handle(job: Job) {
    return this.notifications.notifyEvent(uuidField(payloadObject(job.data), 'eventId'));
  }
}

export const MATCH_REVIEW_PROCESSORS = [MatchStalledProcessor, MatchNotifyProcessor];
