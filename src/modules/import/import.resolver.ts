import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { ImportArgs } from './dto/import.args';
import { ImportReportModel } from './models/import-report.model';
import { ImportService } from './import.service';

@Resolver()
export class ImportResolver {
  constructor(private readonly service: ImportService) {}

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ImportReportModel, {
    description: 'Imports seeds from CSV or JSON. Accepted rows are written in one transaction; rejected rows are reported by line.',
  })
  importSeeds(@Args() args: ImportArgs, @CurrentUser() me: Principal) {
    return this.service.import('SEED', args.format, args.content, me, args.dryRun);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.COMPANY)
  @Mutation(() => ImportReportModel, {
    description: 'Imports needs from CSV or JSON. Accepted rows are written in one transaction; rejected rows are reported by line.',
  })
  importNeeds(@Args() args: ImportArgs, @CurrentUser() me: Principal) {
    return this.service.import('NEED', args.format, args.content, me, args.dryRun);
  }
}
