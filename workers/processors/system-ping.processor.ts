import { Injectable } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { hostname } from 'node:os';
import { JobProcessor } from '../../src/infra/queue/job-processor';
import { JobName, SystemPingPayload, SystemPingResult } from '../../src/infra/queue/queue.constants';

@Injectable()
export class SystemPingProcessor implements JobProcessor<SystemPingPayload, SystemPingResult> {
  readonly jobName = JobName.SystemPing;

  async handle(job: Job<SystemPingPayload, SystemPingResult>): Promise<SystemPingResult> {
    const requestId = job.data?.requestId;
    if (typeof requestId !== 'string' || requestId.length === 0 || requestId.length > 100) {
      throw new UnrecoverableError('payload.requestId must be a non-empty string of at most 100 characters');
    }
    return { requestId, workerId: `${hostname()}:${process.pid}`, answeredAt: new Date().toISOString() };
  }
}
