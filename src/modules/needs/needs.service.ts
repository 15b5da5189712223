import { Injectable } from '@nestjs/common';
import { VisibleEntityReads } from '../../common/graphql/entity-reads';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { coversRegion } from '../auth/access-policy';
import { ForbiddenError } from '../auth/auth.exception';
import { isAdmin, Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { MatchingProducer } from '../matching/matching.producer';
import { OrganizationsService } from '../organizations/organizations.service';
import { OrganizationKind } from '../organizations/models/organization.model';
import { CreateNeedInput, NeedsArgs, UpdateNeedInput } from './dto/need.inputs';
import { Need } from './models/need.model';
import { CompanyNotFoundError, NeedNotFoundError, NotACompanyError } from './needs.exception';
import { NeedsRepository } from './needs.repository';

/**
 * Needs are confidential by default. Reads are filtered in Cypher by NEED_VISIBLE; a need the
 * viewer may not see answers NOT_FOUND. Writes: admins; the company's own users; coordinators
 * covering the company's region.
 */
@Injectable()
export class NeedsService extends VisibleEntityReads<Need, NeedsArgs, Principal> {
  constructor(
    private readonly needs: NeedsRepository,
    private readonly organizations: OrganizationsService,
    private readonly matching: MatchingProducer,
  ) {
    super(needs, 'need', NeedNotFoundError);
  }

  async create(input: CreateNeedInput, me: Principal): Promise<Need> {
    const companyId = input.companyId ?? (me.role === Role.COMPANY ? me.companyId : undefined);
    if (!companyId) {
      throw new AppError(ErrorCode.BadUserInput, 'companyId is required', { field: 'companyId' });
    }
    if (me.role === Role.COMPANY && companyId !== me.companyId) {
      throw new ForbiddenError('A company user registers needs for its own company only');
    }
    if (me.role === Role.COORDINATOR) {
      const company = await this.organizations.findById(companyId);
      if (!company) throw new CompanyNotFoundError(companyId);
      if (company.kind !== OrganizationKind.COMPANY) throw new NotACompanyError(companyId);
      if (!coversRegion(me, company.regionId)) {
        throw new ForbiddenError('Coordinators register needs only for companies in the regions they cover');
      }
    }
    const { id, need } = await this.needs.create(companyId, input, me);
    await this.matching.notifyNeedChanged(id);
    if (!need) throw new NeedNotFoundError(id);
    return need;
  }

  async update(id: string, input: UpdateNeedInput, me: Principal): Promise<Need> {
    this.assertCanWrite(await this.get(id, me), me);
    await this.needs.update(id, input);
    await this.matching.notifyNeedChanged(id);
    return this.get(id, me);
  }

  async delete(id: string, me: Principal): Promise<boolean> {
    this.assertCanWrite(await this.get(id, me), me);
    await this.needs.delete(id);
    await this.matching.notifyRemoved('NEED', id);
    return true;
  }

  private assertCanWrite(need: Need, me: Principal): void {
    if (
      isAdmin(me) ||
      (me.role === Role.COMPANY && me.companyId === need.companyId) ||
      coversRegion(me, need.regionId)
    ) {
      return;
    }
    throw new ForbiddenError("Only the company's users, its region's coordinators and admins change this need");
  }
}
