import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../auth/auth.decorators';
import { Principal } from '../../auth/principal';
import { Role } from '../../auth/role.enum';
import { MatchStatusCount } from '../models/match-pipeline.model';
import { MatchConnection } from '../models/match.model';
import { MatchPipelineArgs, MatchPipelineCountsArgs } from './dto/match-pipeline.args';
import { MatchPipelineService } from './match-pipeline.service';

/** The coordinator's pipeline: every match they may act on, by stage, and how many are in each. */
@Resolver()
export class MatchPipelineResolver {
  constructor(private readonly service: MatchPipelineService) {}

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => MatchConnection, {
    description:
      "Every match you may act on (the needs of your regions; an admin's: all), filtered, in the order asked (default: best score first), a page at a time to the last one. A SUGGESTED match shows while the matcher still ranks it, as in reviewInbox. A cursor serves the sort and direction it came from.",
  })
  matchPipeline(@Args() args: MatchPipelineArgs, @CurrentUser() me: Principal) {
    return this.service.page(args, me);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => [MatchStatusCount], {
    description:
      "matchPipeline's matches for the same filter, counted per status in workflow order: every status (zeros included), or those of filter.statuses. Send the filter without statuses for a count per stage tab.",
  })
  matchPipelineCounts(@Args() args: MatchPipelineCountsArgs, @CurrentUser() me: Principal) {
    return this.service.counts(args.filter, me);
  }
}
