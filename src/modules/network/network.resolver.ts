import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Req } from '../../common/graphql/request.decorator';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import {
  IntroductionPathArgs,
  NetworkNeighbourhoodArgs,
  RegionFiguresArgs,
  RegionNetworkArgs,
} from './dto/network.args';
import { NetworkIntroductionPath, NetworkGraph, RegionFigures } from './models/network.model';
import { NetworkService } from './network.service';

/** Companies do not explore the network: they see their own needs and the matches shared with them. */
const EXPLORERS = [Role.ADMIN, Role.COORDINATOR, Role.CONSORTIUM_MANAGER];

@Resolver()
export class NetworkResolver {
  constructor(private readonly service: NetworkService) {}

  @Roles(...EXPLORERS)
  @Query(() => NetworkGraph, {
    description:
      'The nodes within `depth` hops of a node of your regions, walking only relationships of `relationshipTypes` ' +
      'and nodes of `nodeKinds` (the start always included); at most `limit` nodes, nearest first.',
  })
  networkNeighbourhood(@Args() args: NetworkNeighbourhoodArgs, @CurrentUser() me: Principal) {
    return this.service.neighbourhood(args, me);
  }

  @Roles(...EXPLORERS)
  @Query(() => NetworkGraph, {
    description:
      "A region's network (admins, its coordinators and consortium managers): at most `limit` nodes, the region's own first.",
  })
  regionNetwork(@Args() args: RegionNetworkArgs, @CurrentUser() me: Principal) {
    return this.service.regionNetwork(args, me);
  }

  @Roles(...EXPLORERS)
  @Query(() => NetworkIntroductionPath, {
    nullable: true,
    description:
      'The shortest path through people and memberships between two nodes, one of them in your regions; null when none.',
  })
  introductionPath(@Args() args: IntroductionPathArgs, @CurrentUser() me: Principal) {
    return this.service.introductionPath(args, me);
  }

  @Roles(...EXPLORERS)
  @Query(() => RegionFigures, {
    description: "A region's network figures (admins, its coordinators and consortium managers).",
  })
  regionFigures(@Args() args: RegionFiguresArgs, @CurrentUser() me: Principal, @Req() req: Request) {
    return this.service.regionFigures(args, me, req);
  }
}
