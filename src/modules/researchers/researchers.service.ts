import { Injectable } from '@nestjs/common';
import { EntityReads } from '../../common/graphql/entity-reads';
import { coversRegion } from '../auth/access-policy';
import { ForbiddenError } from '../auth/auth.exception';
import { isAdmin, Principal } from '../auth/principal';
import { MatchingProducer } from '../matching/matching.producer';
import { OrganizationsService } from '../organizations/organizations.service';
import { CreateResearcherInput, ResearchersArgs, UpdateResearcherInput } from './dto/researcher.inputs';
import { Researcher } from './models/researcher.model';
import { ResearcherNotFoundError } from './researchers.exception';
import { ResearchersRepository } from './researchers.repository';

/**
 * Researchers are public to signed-in users. Admins write any; coordinators write those affiliated
 * with an organization in a region they cover, and affiliate them only to organizations there.
 */
@Injectable()
export class ResearchersService extends EntityReads<Researcher, ResearchersArgs> {
  constructor(
    private readonly researchers: ResearchersRepository,
    private readonly organizations: OrganizationsService,
    private readonly matching: MatchingProducer,
  ) {
    super(researchers, 'researcher', ResearcherNotFoundError);
  }

  findByIds(ids: readonly string[]): Promise<Researcher[]> {
    return this.researchers.findByIds(ids);
  }

  async create(input: CreateResearcherInput, me: Principal): Promise<Researcher> {
    await this.assertOrganizationInMyRegion(input.affiliationId, 'affiliationId', me);
    return this.changed(await this.researchers.create(input, me.userId));
  }

  async update(id: string, input: UpdateResearcherInput, me: Principal): Promise<Researcher> {
    await this.assertCanWrite(id, me);
    return this.changed(await this.researchers.update(id, input));
  }

  async affiliate(id: string, organizationId: string, me: Principal): Promise<Researcher> {
    await this.assertCanWrite(id, me);
    await this.assertOrganizationInMyRegion(organizationId, 'organizationId', me);
    return this.changed(await this.researchers.affiliate(id, organizationId));
  }

  async unaffiliate(id: string, organizationId: string, me: Principal): Promise<Researcher> {
    await this.assertCanWrite(id, me);
    await this.researchers.unaffiliate(id, organizationId);
    return this.changed((await this.researchers.findByIds([id]))[0]);
  }

  async delete(id: string, me: Principal): Promise<boolean> {
    await this.assertCanWrite(id, me);
    await this.researchers.delete(id);
    await this.matching.notifyRemoved('RESEARCHER', id);
    return true;
  }

  /** A profile or an affiliation (and so a region) changed: the researcher's matches are recomputed. */
  private async changed(researcher: Researcher): Promise<Researcher> {
    await this.matching.notifyTargetChanged('RESEARCHER', researcher.id);
    return researcher;
  }

  private async assertCanWrite(id: string, me: Principal): Promise<void> {
    const researcher = await this.mustFind(id);
    if (isAdmin(me) || researcher.regionIds.some((regionId) => coversRegion(me, regionId))) return;
    throw new ForbiddenError("Only admins and the coordinators of the researcher's regions change this researcher");
  }

  private async assertOrganizationInMyRegion(organizationId: string, field: string, me: Principal): Promise<void> {
    const organization = await this.organizations.mustFind(organizationId, field);
    if (!coversRegion(me, organization.regionId)) {
      throw new ForbiddenError('Coordinators affiliate researchers only with organizations in the regions they cover');
    }
  }
}
