import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { EntityReads } from '../../common/graphql/entity-reads';
import { loaderForMany } from '../../common/graphql/request-loaders';
import { assertCoversRegion, coversRegion } from '../auth/access-policy';
import { ForbiddenError } from '../auth/auth.exception';
import { isAdmin, Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import {
  AddConsortiumMemberArgs,
  ConsortiumsArgs,
  CreateConsortiumInput,
  UpdateConsortiumInput,
} from './dto/consortium.inputs';
import { MatchingProducer } from '../matching/matching.producer';
import { Consortium, ConsortiumMember } from './models/consortium.model';
import { ConsortiumNotFoundError } from './consortiums.exception';
import { ConsortiumsRepository } from './consortiums.repository';

const managesIt = (me: Principal, consortiumId: string) =>
  me.role === Role.CONSORTIUM_MANAGER && me.consortiumIds.includes(consortiumId);

/**
 * Consortiums are readable by every signed-in user. Admins write any; coordinators write those in
 * the regions they cover; a consortium's managers edit it and its members, but neither create,
 * delete nor move consortiums.
 */
@Injectable()
export class ConsortiumsService extends EntityReads<Consortium, ConsortiumsArgs> {
  constructor(
    private readonly consortiums: ConsortiumsRepository,
    /** Memberships are steps of introduction paths: their changes re-match the needs nearby. */
    private readonly matching: MatchingProducer,
  ) {
    super(consortiums, 'consortium', ConsortiumNotFoundError);
  }

  members(req: Request, consortiumId: string): Promise<ConsortiumMember[]> {
    return loaderForMany(req, 'consortiumMembers', (ids) => this.consortiums.membersOf(ids)).load(consortiumId);
  }

  create(input: CreateConsortiumInput, me: Principal): Promise<Consortium> {
    assertCoversRegion(me, input.regionId, 'consortiums');
    return this.consortiums.create(input, me.userId);
  }

  async update(id: string, input: UpdateConsortiumInput, me: Principal): Promise<Consortium> {
    const current = await this.mustFind(id);
    const moving = input.regionId !== undefined && input.regionId !== null && input.regionId !== current.regionId;
    if (managesIt(me, id)) {
      if (moving)
        throw new ForbiddenError("A consortium's manager cannot move it to another region; ask its coordinator");
    } else {
      assertCoversRegion(me, current.regionId, 'consortiums');
      if (moving && !isAdmin(me)) assertCoversRegion(me, input.regionId, 'consortiums');
    }
    return this.consortiums.update(id, input);
  }

  async delete(id: string, me: Principal): Promise<boolean> {
    const current = await this.mustFind(id);
    assertCoversRegion(me, current.regionId, 'consortiums');
    await this.consortiums.delete(id);
    await this.matching.notifyNetworkChanged([id]);
    return true;
  }

  async addMember(args: AddConsortiumMemberArgs, me: Principal): Promise<ConsortiumMember> {
    await this.assertCanEditMembers(args.consortiumId, me);
    const member = await this.consortiums.addMember(args);
    await this.matching.notifyNetworkChanged([args.consortiumId, args.memberId]);
    return member;
  }

  async removeMember(consortiumId: string, memberId: string, me: Principal): Promise<boolean> {
    await this.assertCanEditMembers(consortiumId, me);
    const removed = await this.consortiums.removeMember(consortiumId, memberId);
    if (removed) await this.matching.notifyNetworkChanged([consortiumId, memberId]);
    return removed;
  }

  private async assertCanEditMembers(consortiumId: string, me: Principal): Promise<void> {
    const current = await this.mustFind(consortiumId, 'consortiumId');
    if (managesIt(me, consortiumId) || coversRegion(me, current.regionId)) return;
    throw new ForbiddenError("Only admins, the region's coordinators and the consortium's managers change its members");
  }
}
