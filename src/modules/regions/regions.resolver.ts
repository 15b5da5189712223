import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Req } from '../../common/graphql/request.decorator';
import { IdArg } from '../../common/graphql/uuid.pipe';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { CreateRegionInput, RegionsArgs, UpdateRegionInput } from './dto/region.inputs';
import { Region, RegionConnection } from './models/region.model';
import { RegionsService } from './regions.service';

@Resolver(() => Region)
export class RegionsResolver {
  constructor(private readonly service: RegionsService) {}

  @Query(() => RegionConnection, { description: 'Regions, filtered and sorted, one page at a time.' })
  regions(@Args() args: RegionsArgs) {
    return this.service.list(args);
  }

  @Query(() => Region)
  region(@IdArg() id: string, @Req() req: Request) {
    return this.service.get(req, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Region)
  createRegion(@Args('input') input: CreateRegionInput, @CurrentUser() me: Principal) {
    return this.service.create(input, me.userId);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Region)
  updateRegion(@IdArg() id: string, @Args('input') input: UpdateRegionInput) {
    return this.service.update(id, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Refused with CONFLICT while anything is in the region.' })
  deleteRegion(@IdArg() id: string) {
    return this.service.delete(id);
  }
}
