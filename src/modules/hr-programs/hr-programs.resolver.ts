import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { EntityQueries } from '../../common/graphql/entity-queries';
import { Req } from '../../common/graphql/request.decorator';
import { IdArg } from '../../common/graphql/uuid.pipe';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { Organization } from '../organizations/models/organization.model';
import { OrganizationsService } from '../organizations/organizations.service';
import { Region } from '../regions/models/region.model';
import { RegionsService } from '../regions/regions.service';
import { CreateHrProgramInput, HrProgramsArgs, UpdateHrProgramInput } from './dto/hr-program.inputs';
import { HrProgram, HrProgramConnection, HrProgramParticipant } from './models/hr-program.model';
import { HrProgramsService } from './hr-programs.service';

const WRITERS = [Role.ADMIN, Role.COORDINATOR, Role.CONSORTIUM_MANAGER];
const WHO_WRITES = "Admins; coordinators and consortium managers of the host's region.";

@Resolver(() => HrProgram)
export class HrProgramsResolver extends EntityQueries(HrProgram, HrProgramConnection, HrProgramsArgs, {
  list: 'hrPrograms',
  listDescription: 'Human-resource programs, filtered and sorted, one page at a time.',
  one: 'hrProgram',
}) {
  constructor(
    protected readonly service: HrProgramsService,
    private readonly organizations: OrganizationsService,
    private readonly regions: RegionsService,
  ) {
    super();
  }

  @ResolveField(() => Organization, { nullable: true })
  host(@Parent() program: HrProgram, @Req() req: Request) {
    return this.organizations.load(req, program.hostId);
  }

  @ResolveField(() => Region, { nullable: true })
  region(@Parent() program: HrProgram, @Req() req: Request) {
    return this.regions.load(req, program.regionId);
  }

  @ResolveField(() => [HrProgramParticipant], {
    description: 'Enrolled researchers, contacts and support staff, by name.',
  })
  participants(@Parent() program: HrProgram, @Req() req: Request) {
    return this.service.participants(req, program.id);
  }

  @Roles(...WRITERS)
  @Mutation(() => HrProgram, { description: WHO_WRITES })
  createHrProgram(@Args('input') input: CreateHrProgramInput, @CurrentUser() me: Principal) {
    return this.service.create(input, me);
  }

  @Roles(...WRITERS)
  @Mutation(() => HrProgram, { description: `${WHO_WRITES} A new host must be in a region the user writes too.` })
  updateHrProgram(@IdArg() id: string, @Args('input') input: UpdateHrProgramInput, @CurrentUser() me: Principal) {
    return this.service.update(id, input, me);
  }

  @Roles(...WRITERS)
  @Mutation(() => Boolean, { description: `Deletes the program with its enrolments; the people stay. ${WHO_WRITES}` })
  deleteHrProgram(@IdArg() id: string, @CurrentUser() me: Principal) {
    return this.service.delete(id, me);
  }

  @Roles(...WRITERS)
  @Mutation(() => HrProgramParticipant, {
    description: `Enrols a researcher, contact or support staff member; enrolling again changes nothing. ${WHO_WRITES}`,
  })
  enrolParticipant(
    @IdArg('programId') programId: string,
    @IdArg('personId') personId: string,
    @CurrentUser() me: Principal,
  ) {
    return this.service.enrol(programId, personId, me);
  }

  @Roles(...WRITERS)
  @Mutation(() => Boolean, { description: `False when the person was not enrolled. ${WHO_WRITES}` })
  withdrawParticipant(
    @IdArg('programId') programId: string,
    @IdArg('personId') personId: string,
    @CurrentUser() me: Principal,
  ) {
    return this.service.withdraw(programId, personId, me);
  }
}
