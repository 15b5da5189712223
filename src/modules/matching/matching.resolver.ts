import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { asArgument } from '../../common/errors/as-argument';
import { uuidArg } from '../../common/graphql/uuid.pipe';
import { JobName, QueueName } from '../../infra/queue/queue.constants';
import { QueueRegistry } from '../../infra/queue/queue.module';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ForbiddenError } from '../auth/auth.exception';
import { isAdmin, Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { NeedsService } from '../needs/needs.service';
import { MatchingProducer } from './matching.producer';
import { MatchingQueueStatus } from './models/matching-queue.model';

/** Requests to the matcher (recompute, rebuild) and the state of its queue. Stored matches are read in the matches module. */
@Resolver()
export class MatchingResolver {
  constructor(
    private readonly producer: MatchingProducer,
    private readonly needs: NeedsService,
    @Inject(QueueRegistry) private readonly queues: QueueRegistry,
  ) {}

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Boolean, {
    description: "Queues a recomputation of the need's matches (a coordinator: needs in their regions).",
  })
  async rematch(@Args('needId', { type: () => ID }, uuidArg('needId')) needId: string, @CurrentUser() me: Principal) {
    const need = await asArgument('needId', this.needs.get(needId, me));
    if (!isAdmin(me) && !me.coordinatorRegionIds.includes(need.regionId ?? '')) {
      throw new ForbiddenError("Coordinators rematch only the needs of their regions' companies");
    }
    await this.producer.request(() => this.producer.matchNeeds([needId]));
    return true;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Queues a full rebuild: every open need is matched again.' })
  async rebuildMatches(@CurrentUser() me: Principal) {
    await this.producer.request(async () => {
      await this.producer.rebuild(me.userId);
    });
    return true;
  }

  @Roles(Role.ADMIN)
  @Query(() => MatchingQueueStatus, { description: 'The matching queue: jobs by state and the latest failures.' })
  async matchingQueue(): Promise<MatchingQueueStatus> {
    const queue = this.queues.get(QueueName.Matching);
    const counts = await this.producer.requestValue(() =>
      queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed'),
    );
    const failed = await this.producer.requestValue(() => queue.getFailed(0, 49));
    return {
      counts: {
        waiting: counts.waiting ?? 0,
        active: counts.active ?? 0,
        delayed: counts.delayed ?? 0,
        completed: counts.completed ?? 0,
        failed: counts.failed ?? 0,
      },
      failed: failed.map((job) => ({
        id: job.id ?? '',
        name: job.name as JobName,
        failedReason: job.failedReason ?? '',
        attemptsMade: job.attemptsMade,
        data: JSON.stringify(job.data ?? null),
        finishedAt: job.finishedOn ? new Date(job.finishedOn) : undefined,
      })),
    };
  }
}
