import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NamedNetworkNode } from '../../../common/graphql/node-fields';
import { Paginated } from '../../../common/graphql/pagination';

@ObjectType({ description: 'A technical support person who runs shared equipment for outside users.' })
export class SupportStaff extends NamedNetworkNode {
  @Field({ description: 'e.g. 技術職員, Technical Specialist.' })
  title: string;

  @Field(() => [String])
  skills: string[];

  @Field(() => ID, { description: 'The organization the person works at.' })
  organizationId: string;

  /** Not exposed: the organization's region, where coordinators may write this person. */
  regionId: string | null;
}

@ObjectType()
export class SupportStaffConnection extends Paginated(SupportStaff) {}
