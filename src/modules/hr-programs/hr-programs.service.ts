import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { EntityReads } from '../../common/graphql/entity-reads';
import { loaderForMany } from '../../common/graphql/request-loaders';
import { coversRegion } from '../auth/access-policy';
import { ForbiddenError } from '../auth/auth.exception';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { OrganizationsService } from '../organizations/organizations.service';
import { CreateHrProgramInput, HrProgramsArgs, UpdateHrProgramInput } from './dto/hr-program.inputs';
import { HrProgram, HrProgramParticipant } from './models/hr-program.model';
import { HrProgramNotFoundError } from './hr-programs.exception';
import { HrProgramsRepository } from './hr-programs.repository';

/** Admins anywhere; coordinators in the regions they cover; managers in their consortiums' regions. */
function mayWriteIn(me: Principal, regionId: string | null): boolean {
  return (
    coversRegion(me, regionId) ||
    (me.role === Role.CONSORTIUM_MANAGER && !!regionId && me.managerRegionIds.includes(regionId))
  );
}

function assertMayWriteIn(me: Principal, regionId: string | null): void {
  if (mayWriteIn(me, regionId)) return;
  throw new ForbiddenError(
    "Only admins, the coordinators of the host's region and the managers of consortiums there change its programs",
  );
}

/**
 * Human-resource programs are readable by every signed-in user. Writing a program and its
 * participants follows its host's region (see mayWriteIn); company users never write them (the
 * resolver's @Roles).
 */
@Injectable()
export class HrProgramsService extends EntityReads<HrProgram, HrProgramsArgs> {
  constructor(
    private readonly programs: HrProgramsRepository,
    private readonly organizations: OrganizationsService,
  ) {
    super(programs, 'hrProgram', HrProgramNotFoundError);
  }

  participants(req: Request, programId: string): Promise<HrProgramParticipant[]> {
    return loaderForMany(req, 'hrProgramParticipants', (ids) => this.programs.participantsOf(ids)).load(programId);
  }

  async create(input: CreateHrProgramInput, me: Principal): Promise<HrProgram> {
    await this.assertMayHostAt(input.hostId, me);
    return this.programs.create(input, me.userId);
  }

  async update(id: string, input: UpdateHrProgramInput, me: Principal): Promise<HrProgram> {
    const current = await this.mustFind(id);
    assertMayWriteIn(me, current.regionId);
    if (input.hostId !== undefined && input.hostId !== null && input.hostId !== current.hostId) {
      await this.assertMayHostAt(input.hostId, me);
    }
    return this.programs.update(id, input);
  }

  async delete(id: string, me: Principal): Promise<boolean> {
    const current = await this.mustFind(id);
    assertMayWriteIn(me, current.regionId);
    await this.programs.delete(id);
    return true;
  }

  async enrol(programId: string, personId: string, me: Principal): Promise<HrProgramParticipant> {
    const current = await this.mustFind(programId, 'programId');
    assertMayWriteIn(me, current.regionId);
    return this.programs.enrol(programId, personId);
  }

  async withdraw(programId: string, personId: string, me: Principal): Promise<boolean> {
    const current = await this.mustFind(programId, 'programId');
    assertMayWriteIn(me, current.regionId);
    return this.programs.withdraw(programId, personId);
  }

  private async assertMayHostAt(hostId: string, me: Principal): Promise<void> {
    assertMayWriteIn(me, (await this.organizations.mustFind(hostId, 'hostId')).regionId);
  }
}
