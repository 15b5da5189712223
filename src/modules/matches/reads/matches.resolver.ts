import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { AppError, ErrorCode } from '../../../common/errors/app-error';
import { asArgument } from '../../../common/errors/as-argument';
import { Req } from '../../../common/graphql/request.decorator';
import { uuidArg } from '../../../common/graphql/uuid.pipe';
import { assertCoversRegion } from '../../auth/access-policy';
import { CurrentUser, Roles } from '../../auth/auth.decorators';
import { isAdmin, Principal } from '../../auth/principal';
import { Role } from '../../auth/role.enum';
import { Equipment } from '../../equipment/models/equipment.model';
import { EquipmentService } from '../../equipment/equipment.service';
import { Need } from '../../needs/models/need.model';
import { NeedsService } from '../../needs/needs.service';
import { Researcher } from '../../researchers/models/researcher.model';
import { ResearchersService } from '../../researchers/researchers.service';
import { Seed } from '../../seeds/models/seed.model';
import { SeedsService } from '../../seeds/seeds.service';
import { MatchNotFoundError } from '../matches.exception';
import { Match, MatchConnection, MatchKind } from '../models/match.model';
import { MatchesForNeedArgs, MatchesForSeedArgs, RegionMatchesArgs } from './dto/match.args';
import { MatchReadsRepository } from './match-reads.repository';

/** A nested entity the viewer may not see resolves to null; any other failure stays an error. */
const hiddenAsNull = (error: unknown) => {
  if (error instanceof AppError && error.code === ErrorCode.NotFound) return null;
  throw error;
};

/** Reads of stored matches, and the Match fields that resolve its need and target. */
@Resolver(() => Match)
export class MatchesResolver {
  constructor(
    private readonly reads: MatchReadsRepository,
    private readonly needs: NeedsService,
    private readonly seeds: SeedsService,
    private readonly researchers: ResearchersService,
    private readonly equipmentService: EquipmentService,
  ) {}

  @Query(() => MatchConnection, {
    description: "A need's suggested matches, best first. NOT_FOUND when the need is hidden from you.",
  })
  async matchesForNeed(@Args() args: MatchesForNeedArgs, @CurrentUser() me: Principal, @Req() req: Request) {
    // Through the request's loader: a `need(id)` beside it in the same query shares the one read.
    await asArgument('needId', this.needs.get(args.needId, me, req));
    return this.reads.list({ needId: args.needId }, args, me);
  }

  @Query(() => MatchConnection, {
    description: 'The needs a seed was matched to, best first (only needs you may see).',
  })
  async matchesForSeed(@Args() args: MatchesForSeedArgs, @CurrentUser() me: Principal, @Req() req: Request) {
    await asArgument('seedId', this.seeds.get(args.seedId, me, req));
    return this.reads.list({ seedId: args.seedId }, args, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => MatchConnection, {
    description: "Matches of the needs in a coordinator's regions (an admin's: every region).",
  })
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
    if (!found) throw new MatchNotFoundError(id, 'id');
    return found;
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
