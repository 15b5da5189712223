import { Injectable, Logger } from '@nestjs/common';
import { JobsOptions } from 'bullmq';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import {
  JobName,
  MatchCleanupPayload,
  MatchNeedPayload,
  MatchRebuildPayload,
  MatchReconcilePayload,
  NetworkChangedPayload,
  QueueName,
  TargetChangedPayload,
} from '../../infra/queue/queue.constants';
import { MatchTargetKind } from './engine/match-target-kind';
import { QueueRegistry } from '../../infra/queue/queue.module';

const BULK = 1_000;

/**
 * Enqueues the matcher's jobs. Deduplication ids name what a job is about, so a burst of edits to
 * one need while its job waits collapses into that one job. BullMQ keeps a deduplication id until
 * the job *finishes*, so without `keepLastIfActive` an edit committed after the running job's
 * version check but before it was marked complete was dropped and waited for reconciliation (found
 * by the fault tests); with it, such an edit queues one follow-up job (at most one active and one
 * waiting per need or target).
 *
 * The `notify*` methods run after a write has committed and never fail it: when Redis is down the
 * write stands, and the reconciliation job finds it out of date and matches it later.
 */
@Injectable()
export class MatchingProducer {
  private readonly logger = new Logger(MatchingProducer.name);

  constructor(private readonly queues: QueueRegistry) {}

  notifyNeedChanged(needId: string): Promise<void> {
    return this.quietly(`need ${needId}`, () => this.matchNeeds([needId]));
  }

  notifyTargetChanged(kind: MatchTargetKind, targetId: string): Promise<void> {
    return this.quietly(`${kind.toLowerCase()} ${targetId}`, () => this.targetsChanged(kind, [targetId]));
  }

  notifyRemoved(kind: MatchCleanupPayload['kind'], id: string): Promise<void> {
    const payload: MatchCleanupPayload = { kind, id };
    return this.quietly(`removed ${kind.toLowerCase()} ${id}`, async () => {
      await this.queue().add(JobName.MatchCleanup, payload, { deduplication: { id: `cleanup-${id}` } });
    });
  }

  /** A link of introduction paths changed between these nodes (see NetworkChangedPayload). */
  notifyNetworkChanged(nodeIds: readonly string[]): Promise<void> {
    const payload: NetworkChangedPayload = { nodeIds: [...nodeIds] };
    return this.quietly(`the network around ${nodeIds.join(', ')}`, async () => {
      await this.queue().add(JobName.NetworkChanged, payload, {
        deduplication: { id: `network-${[...nodeIds].sort().join('-')}`, keepLastIfActive: true },
      });
    });
  }

  async matchNeeds(needIds: readonly string[]): Promise<void> {
    for (let i = 0; i < needIds.length; i += BULK) {
      await this.queue().addBulk(
        needIds.slice(i, i + BULK).map((needId) => ({
          name: JobName.MatchNeed,
          data: { needId } satisfies MatchNeedPayload,
          opts: { deduplication: { id: `need-${needId}`, keepLastIfActive: true } } satisfies JobsOptions,
        })),
      );
    }
  }

  async targetsChanged(kind: MatchTargetKind, ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += BULK) {
      await this.queue().addBulk(
        ids.slice(i, i + BULK).map((targetId) => ({
          name: JobName.TargetChanged,
          data: { kind, targetId } satisfies TargetChangedPayload,
          opts: { deduplication: { id: `target-${targetId}`, keepLastIfActive: true } } satisfies JobsOptions,
        })),
      );
    }
  }

  /** For an explicit request (rematch, rebuild): a queue that cannot be reached is the caller's error. */
  async request(work: () => Promise<void>): Promise<void> {
    await this.requestValue(work);
  }

  async requestValue<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw new AppError(
        ErrorCode.ServiceUnavailable,
        'The job queue (Redis) cannot be reached; try again shortly',
        undefined,
        {
          cause: error,
        },
      );
    }
  }

  async rebuild(requestedBy: string): Promise<string> {
    const payload: MatchRebuildPayload = { requestedBy };
    const job = await this.queue().add(JobName.MatchRebuild, payload, { deduplication: { id: 'rebuild' } });
    return job.id!;
  }

  /** Registers (idempotently) the periodic reconciliation; every worker does this at boot. */
  async scheduleReconcile(everyMs: number): Promise<void> {
    await this.queue().upsertJobScheduler(
      'match-reconcile',
      { every: everyMs },
      { name: JobName.MatchReconcile, data: {} satisfies MatchReconcilePayload },
    );
  }

  private queue() {
    return this.queues.get(QueueName.Matching);
  }

  private async quietly(what: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.logger.warn(
        `Could not enqueue matching for ${what} (${(error as Error).message}); reconciliation will pick it up`,
      );
    }
  }
}
