import { Injectable } from '@nestjs/common';
import { VisibleEntityReads } from '../../common/graphql/entity-reads';
import { coversRegion } from '../auth/access-policy';
import { ForbiddenError } from '../auth/auth.exception';
import { isAdmin, Principal } from '../auth/principal';
import { MatchingProducer } from '../matching/matching.producer';
import { OrganizationsService } from '../organizations/organizations.service';
import { ResearchersService } from '../researchers/researchers.service';
import { CreateSeedInput, hasHolder, lacksIpNumbers, SeedsArgs, UpdateSeedInput } from './dto/seed.inputs';
import { IpStatus, Seed } from './models/seed.model';
import { IpNumbersRequiredError, SeedHolderRequiredError, SeedNotFoundError } from './seeds.exception';
import { SeedsRepository } from './seeds.repository';

/**
 * Reads are filtered in Cypher by SEED_VISIBLE; a hidden seed answers NOT_FOUND. Writes: admins,
 * and coordinators covering one of the regions of the seed's holders.
 */
@Injectable()
export class SeedsService extends VisibleEntityReads<Seed, SeedsArgs, Principal> {
  constructor(
    private readonly seeds: SeedsRepository,
    private readonly organizations: OrganizationsService,
    private readonly researchers: ResearchersService,
    private readonly matching: MatchingProducer,
  ) {
    super(seeds, 'seed', SeedNotFoundError);
  }

  async create(input: CreateSeedInput, me: Principal): Promise<Seed> {
    if (!hasHolder(input.holderOrganizationId, input.holderResearcherIds)) throw new SeedHolderRequiredError();
    assertIpNumbers(input.ipStatus, input.ipNumbers);
    if (!isAdmin(me)) {
      const regions = await this.holderRegions(input.holderOrganizationId, input.holderResearcherIds ?? []);
      if (!regions.some((regionId) => coversRegion(me, regionId))) {
        throw new ForbiddenError('Coordinators register seeds only for holders in the regions they cover');
      }
    }
    const id = await this.seeds.create(input, me.userId);
    await this.matching.notifyTargetChanged('SEED', id);
    return this.get(id, me);
  }

  async update(id: string, input: UpdateSeedInput, me: Principal): Promise<Seed> {
    const current = await this.get(id, me);
    this.assertCanWrite(current, me);
    assertIpNumbers(input.ipStatus ?? current.ipStatus, input.ipNumbers ?? current.ipNumbers);
    await this.seeds.update(id, input);
    await this.matching.notifyTargetChanged('SEED', id);
    return this.get(id, me);
  }

  async delete(id: string, me: Principal): Promise<boolean> {
    this.assertCanWrite(await this.get(id, me), me);
    await this.seeds.delete(id);
    await this.matching.notifyRemoved('SEED', id);
    return true;
  }

  private assertCanWrite(seed: Seed, me: Principal): void {
    if (isAdmin(me) || seed.regionIds.some((regionId) => coversRegion(me, regionId))) return;
    throw new ForbiddenError("Only admins and the coordinators of the holders' regions change this seed");
  }

  private async holderRegions(organizationId: string | undefined, researcherIds: string[]): Promise<string[]> {
    const organization = organizationId ? await this.organizations.findById(organizationId) : null;
    const researchers = researcherIds.length ? await this.researchers.findByIds(researcherIds) : [];
    return [...(organization?.regionId ? [organization.regionId] : []), ...researchers.flatMap((r) => r.regionIds)];
  }
}

function assertIpNumbers(status: IpStatus | undefined, numbers: string[] | undefined): void {
  if (lacksIpNumbers(status, numbers)) throw new IpNumbersRequiredError(status!);
}
