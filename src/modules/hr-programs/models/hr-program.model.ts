import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { NetworkNode } from '../../../common/graphql/node-fields';
import { Paginated } from '../../../common/graphql/pagination';
import { Organization } from '../../organizations/models/organization.model';
import { Region } from '../../regions/models/region.model';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

@ObjectType({ description: 'A human-resource development program hosted by an organization.' })
export class HrProgram extends NetworkNode {
  @Field()
  title: string;

  @Field(() => [String], { description: 'Skills the program develops.' })
  targetSkills: string[];

  @Field()
  description: string;

  @Field({ description: 'First day, YYYY-MM-DD.' })
  startDate: string;

  @Field({ description: 'Last day, YYYY-MM-DD.' })
  endDate: string;

  @Field(() => Organization, { nullable: true })
  host?: Organization | null;

  @Field(() => Region, { nullable: true, description: "The host's region." })
  region?: Region | null;

  @Field(() => Int, { description: 'Researchers, contacts and support staff enrolled.' })
  participantCount: number;

  /** Not exposed: resolved into `host`. */
  hostId: string | null;

  /** Not exposed: resolved into `region`; where coordinators and managers may write the program. */
  regionId: string | null;
}

@ObjectType()
export class HrProgramConnection extends Paginated(HrProgram) {}

export const HrProgramParticipantKind = graphqlEnum('HrProgramParticipantKind', [
  'RESEARCHER',
  'CONTACT',
  'SUPPORT_STAFF',
]);
export type HrProgramParticipantKind = EnumValue<typeof HrProgramParticipantKind>;

@ObjectType({ description: 'A researcher, contact or support staff member enrolled in a program.' })
export class HrProgramParticipant {
  @Field(() => ID, { description: 'The Researcher, Contact or SupportStaff id.' })
  personId: string;

  @Field()
  name: string;

  @Field(() => HrProgramParticipantKind)
  kind: HrProgramParticipantKind;

  @Field(() => GraphQLISODateTime, { nullable: true })
  enrolledAt: Date | null;
}
