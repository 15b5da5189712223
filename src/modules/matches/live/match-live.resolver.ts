import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../auth/auth.decorators';
import { Principal } from '../../auth/principal';
import { Role } from '../../auth/role.enum';
import { Match } from '../models/match.model';
import { SharedMatchChange } from './match-live.model';
import { MatchLiveService } from './match-live.service';
import { SubscriptionContext } from '../../auth/subscription-auth';

/** Live match events over graphql-ws (the socket authenticates with connectionParams.authorization). */
@Resolver(() => Match)
export class MatchLiveResolver {
  constructor(private readonly service: MatchLiveService) {}

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Subscription(() => Match, {
    description:
      "New suggestions written by the matcher in your regions (an admin's: all), or in regionId (FORBIDDEN for a region you do not cover).",
    resolve: (match: Match) => match,
  })
  matchSuggested(
    @Args('regionId', { type: () => ID, nullable: true }) regionId: string | null,
    @CurrentUser() me: Principal,
    @Context() ctx: SubscriptionContext,
  ) {
    return this.service.suggested(me, ctx.token, regionId ?? null);
  }

  @Roles(Role.COMPANY)
  @Subscription(() => SharedMatchChange, {
    description:
      "Status changes of your needs' matches to SHARED or later: from, to, and the match as it is when delivered.",
    resolve: (change: SharedMatchChange) => change,
  })
  sharedMatchChanged(@CurrentUser() me: Principal, @Context() ctx: SubscriptionContext) {
    return this.service.sharedChanged(me, ctx.token);
  }
}
