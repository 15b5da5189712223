import { Injectable } from '@nestjs/common';
import { EntityReads } from '../../common/graphql/entity-reads';
import { CreateRegionInput, RegionsArgs, UpdateRegionInput } from './dto/region.inputs';
import { Region } from './models/region.model';
import { RegionNotFoundError } from './regions.exception';
import { RegionsRepository } from './regions.repository';

/** Regions are public to every signed-in user; only admins write them (the resolver's @Roles). */
@Injectable()
export class RegionsService extends EntityReads<Region, RegionsArgs> {
  constructor(private readonly regions: RegionsRepository) {
    super(regions, 'region', RegionNotFoundError);
  }

  create(input: CreateRegionInput, userId: string) {
    return this.regions.create(input, userId);
  }

  update(id: string, input: UpdateRegionInput) {
    return this.regions.update(id, input);
  }

  async delete(id: string): Promise<boolean> {
    await this.regions.delete(id);
    return true;
  }
}
