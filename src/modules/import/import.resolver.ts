import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { ImportArgs } from './dto/import.args';
import { ImportReportModel } from './models/import-report.model';
import { ImportService } from './import.service';

const WRITES =
  'Rows that pass every check are written in one transaction (all or none); rejected rows are reported by line and record ' +
  'and do not stop the others. A malformed file is BAD_USER_INPUT and writes nothing.';

@Resolver()
export class ImportResolver {
  constructor(private readonly service: ImportService) {}

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ImportReportModel, {
    description: `Imports seeds from CSV or JSON. ${WRITES} Coordinators: rows whose holders are outside their regions are rejected.`,
  })
  importSeeds(@Args() args: ImportArgs, @CurrentUser() me: Principal) {
    return this.service.import('SEED', args.format, args.content, me, args.dryRun);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.COMPANY)
  @Mutation(() => ImportReportModel, {
    description:
      `Imports needs from CSV or JSON. ${WRITES} Coordinators: rows of companies outside their regions are rejected; ` +
      'company users: rows of any other company are rejected.',
  })
  importNeeds(@Args() args: ImportArgs, @CurrentUser() me: Principal) {
    return this.service.import('NEED', args.format, args.content, me, args.dryRun);
  }
}
