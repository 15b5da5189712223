import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { loaderFor } from '../../common/graphql/request-loaders';
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
import { NeedNotFoundError, NotACompanyError } from './needs.exception';
import { NeedsRepository } from './needs.repository';

/**
 * Needs are confidential by default. Reads are filtered in Cypher by NEED_VISIBLE; a need the
 * viewer may not see answers NOT_FOUND. Writes: admins; the company's own users; coordinators
 * covering the company's region.
 */
@Injectable()
export class NeedsService {
  constructor(
    private readonly needs: NeedsRepository,
    private readonly organizations: OrganizationsService,
    private readonly matching: MatchingProducer,
  ) {}

  list(args: NeedsArgs, viewer: Principal) {
    return this.needs.list(args, viewer);
  }

  /** A request has one viewer, so the request's loader may filter by that viewer's visibility. */
  async get(id: string, viewer: Principal, req?: Request): Promise<Need> {
    const need = req
      ? await loaderFor(req, 'need', (ids) => this.needs.findVisible(ids, viewer)).load(id)
      : (await this.needs.findVisible([id], viewer))[0];
    if (!need) throw new NeedNotFoundError(id);
    return need;
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
      if (!company) throw new AppError(ErrorCode.NotFound, `No company with id ${companyId}`, { field: 'companyId' });
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
