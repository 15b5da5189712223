import { Job } from 'bullmq';
import { JobName } from './queue.constants';

/**
 * A processor handles one job name. It stays thin: validate the payload (throw UnrecoverableError
 * for a payload that can never succeed), call a domain service, return an explicit outcome.
 * BullMQ delivers at least once, so handle() must be idempotent.
 */
export interface JobProcessor<Payload = unknown, Result = unknown> {
  readonly jobName: JobName;
  handle(job: Job<Payload, Result>): Promise<Result>;
}

export const JOB_PROCESSORS = Symbol('JOB_PROCESSORS');
