import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobProcessor } from '../../src/infra/queue/job-processor';
import { JobName } from '../../src/infra/queue/queue.constants';
import { MatchingService } from '../../src/modules/matching/matching.service';
import { CLEANUP_KINDS, kindField, payloadObject, TARGET_KINDS, uuidField, uuidListField } from './payload';

/** The matcher's processors: each checks its payload and hands the work to MatchingService. */
@Injectable()
export class MatchNeedProcessor implements JobProcessor {
  readonly jobName = JobName.MatchNeed;
  constructor(private readonly matching: MatchingService) {}

  handle(job: Job) {
    return this.matching.matchNeed(uuidField(payloadObject(job.data), 'needId'));
  }
}

@Injectable()
export class TargetChangedProcessor implements JobProcessor {
  readonly jobName = JobName.TargetChanged;
  constructor(private readonly matching: MatchingService) {}

  handle(job: Job) {
    const data = payloadObject(job.data);
    return this.matching.targetChanged(kindField(data, 'kind', TARGET_KINDS), uuidField(data, 'targetId'));
  }
}

@Injectable()
export class MatchCleanupProcessor implements JobProcessor {
  readonly jobName = JobName.MatchCleanup;
  constructor(private readonly matching: MatchingService) {}

  handle(job: Job) {
    const data = payloadObject(job.data);
    return this.matching.cleanup(kindField(data, 'kind', CLEANUP_KINDS), uuidField(data, 'id'));
  }
}

@Injectable()
export class MatchRebuildProcessor implements JobProcessor {
  readonly jobName = JobName.MatchRebuild;
  constructor(private readonly matching: MatchingService) {}

  handle(job: Job) {
    payloadObject(job.data);
    return this.matching.rebuild();
  }
}

@Injectable()
export class MatchReconcileProcessor implements JobProcessor {
  readonly jobName = JobName.MatchReconcile;
  constructor(private readonly matching: MatchingService) {}

  handle() {
    return this.matching.reconcile();
  }
}

@Injectable()
export class NetworkChangedProcessor implements JobProcessor {
  readonly jobName = JobName.NetworkChanged;
  constructor(private readonly matching: MatchingService) {}

  handle(job: Job) {
    return this.matching.networkChanged(uuidListField(payloadObject(job.data), 'nodeIds', 1, 2));
  }
}

export const MATCHING_PROCESSORS = [
  MatchNeedProcessor,
  TargetChangedProcessor,
  MatchCleanupProcessor,
  MatchRebuildProcessor,
  MatchReconcileProcessor,
  NetworkChangedProcessor,
];
