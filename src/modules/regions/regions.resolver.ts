import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { EntityQueries } from '../../common/graphql/entity-queries';
import { IdArg } from '../../common/graphql/uuid.pipe';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { CreateRegionInput, RegionsArgs, UpdateRegionInput } from './dto/region.inputs';
import { Region, RegionConnection } from './models/region.model';
import { RegionsService } from './regions.service';

@Resolver(() => Region)
export class RegionsResolver extends EntityQueries(Region, RegionConnection, RegionsArgs, {
  list: 'regions',
  listDescription: 'Regions, filtered and sorted, one page at a time.',
  one: 'region',
}) {
  constructor(protected readonly service: RegionsService) {
    super();
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
