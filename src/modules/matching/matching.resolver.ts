import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { Req } from '../../common/graphql/request.decorator';
import { uuidArg } from '../../common/graphql/uuid.pipe';
import { JobName, QueueName } from '../../infra/queue/queue.constants';
import { QueueRegistry } from '../../infra/queue/queue.module';
import { assertCoversRegion } from '../auth/access-policy';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ForbiddenError } from '../auth/auth.exception';
import { isAdmin, Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { Equipment } from '../equipment/models/equipment.model';
import { EquipmentService } from '../equipment/equipment.service';
import { Need } from '../needs/models/need.model';
import { NeedsService } from '../needs/needs.service';
import { Researcher } from '../researchers/models/researcher.model';
import { ResearchersService } from '../researchers/researchers.service';
import { Seed } from '../seeds/models/seed.model';
import { SeedsService } from '../seeds/seeds.service';
import { MatchesForNeedArgs, MatchesForSeedArgs, RegionMatchesArgs } from './dto/match.args';
import { MatchReadsRepository } from './match-reads.repository';
import { MatchingProducer } from './matching.producer';
import { MatchNotFoundError } from './matching.exception';
import { Match, MatchConnection, MatchingQueueStatus, MatchKind } from './models/match.model';

/** Names the argument in a NOT_FOUND raised by another module's lookup (which says `id`). */
async function asArgument<T>(field: string, lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof AppError && error.details?.field === 'id') {
      throw new AppError(error.code, error.message, { ...error.details, field }, { cause: error });
    }
    throw error;
  }
}

/** A nested entity the viewer may not see resolves to null; any other failure stays an error. */
const hiddenAsNull = (error: unknown) => {
  if (error instanceof AppError && error.code === ErrorCode.NotFound) return null;
  throw error;
};

@Resolver(() => Match)
export class MatchingResolver {
  constructor(
    private readonly reads: MatchReadsRepository,
    private readonly producer: MatchingProducer,
    private readonly needs: NeedsService,
    private readonly seeds: SeedsService,
    private readonly researchers: ResearchersService,
    private readonly equipmentService: EquipmentService,
    @Inject(QueueRegistry) private readonly queues: QueueRegistry,
  ) {}

  @Query(() => MatchConnection, { description: "A need's suggested matches, best first. NOT_FOUND when the need is hidden from you." })
  async matchesForNeed(@Args() args: MatchesForNeedArgs, @CurrentUser() me: Principal, @Req() req: Request) {
    // Through the request's loader: a `need(id)` beside it in the same query shares the one read.
    await asArgument('needId', this.needs.get(args.needId, me, req));
    return this.reads.list({ needId: args.needId }, args, me);
  }

  @Query(() => MatchConnection, { description: 'The needs a seed was matched to, best first (only needs you may see).' })
  async matchesForSeed(@Args() args: MatchesForSeedArgs, @CurrentUser() me: Principal, @Req() req: Request) {
    await asArgument('seedId', this.seeds.get(args.seedId, me, req));
    return this.reads.list({ seedId: args.seedId }, args, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => MatchConnection, { description: "Matches of the needs in a coordinator's regions (an admin's: every region)." })
  matchesInMyRegions(@Args() args: RegionMatchesArgs, @CurrentUser() me: Principal) {
    if (args.regionId) {
      assertCoversRegion(me, args.regionId, 'matches');
      return this.reads.list({ regionIds: [args.regionId] }, args, me);
    }
    return this.reads.list({ regionIds: isAdmin(me) ? null : me.coordinatorRegionIds }, args, me);
  }

  @Query(() => Match, { description: 'NOT_FOUND also when the match exists but is hidden from you.' })
  async match(@Args('id', { type: () => ID }, uuidArg()) id: string, @CurrentUser() me: Principal) {
    const found = await this.reads.findVisible(id, me);
    if (!found) throw new MatchNotFoundError(id);
    return found;
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Boolean, { description: "Queues a recomputation of the need's matches (a coordinator: needs in their regions)." })
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
    const counts = await this.producer.requestValue(() => queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed'));
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

  @ResolveField(() => Need, { nullable: true, description: 'Null when hidden from you.' })
  need(@Parent() match: Match, @CurrentUser() me: Principal, @Req() req: Request) {
    return this.needs.get(match.needId, me, req).catch(hiddenAsNull);
  }

  @ResolveField(() => Seed, { nullable: true, description: 'The target, when it is a seed you may see.' })
  seed(@Parent() match: Match, @CurrentUser() me: Principal, @Req() req: Request) {
    return match.kind === MatchKind.SEED ? this.seeds.get(match.targetId, me, req).catch(hiddenAsNull) : null;
  }

  @ResolveField(() => Equipment, { nullable: true, description: 'The target, when it is a piece of equipment.' })
  equipment(@Parent() match: Match, @Req() req: Request) {
    return match.kind === MatchKind.EQUIPMENT ? this.equipmentService.load(req, match.targetId) : null;
  }

  @ResolveField(() => Researcher, { nullable: true, description: 'The target, when it is a researcher.' })
  researcher(@Parent() match: Match, @Req() req: Request) {
    return match.kind === MatchKind.RESEARCHER ? this.researchers.load(req, match.targetId) : null;
  }
}
