import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { loaderFor } from '../../common/graphql/request-loaders';
import { CreateRegionInput, RegionsArgs, UpdateRegionInput } from './dto/region.inputs';
import { Region } from './models/region.model';
import { RegionNotFoundError } from './regions.exception';
import { RegionsRepository } from './regions.repository';

/** Regions are public to every signed-in user; only admins write them (the resolver's @Roles). */
@Injectable()
export class RegionsService {
  constructor(private readonly regions: RegionsRepository) {}

  list(args: RegionsArgs) {
    return this.regions.list(args);
  }

  async get(req: Request, id: string): Promise<Region> {
    const region = await this.load(req, id);
    if (!region) throw new RegionNotFoundError(id);
    return region;
  }

  /** Batched by request: for nested `region` fields of lists. */
  load(req: Request, id: string): Promise<Region | null> {
    return loaderFor(req, 'region', (ids) => this.regions.findByIds(ids)).load(id);
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
