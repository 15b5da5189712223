import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { NamedNetworkNode } from '../../../common/graphql/node-fields';
import { Paginated } from '../../../common/graphql/pagination';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

@ObjectType({ description: 'A coordinator of the program: works for a coordinating organization, covers regions.' })
export class Coordinator extends NamedNetworkNode {
  @Field(() => [String], { description: 'Fields the coordinator specializes in.' })
  specialtyFields: string[];

  @Field(() => String, { nullable: true })
  email?: string | null;

  /** Not exposed: resolved into `organization`. */
  organizationId: string | null;

  /** Not exposed: resolved into `regions`; also what the coordinator's users may write. */
  regionIds: string[];
}

@ObjectType()
export class CoordinatorConnection extends Paginated(Coordinator) {}

export const AcquaintanceKind = graphqlEnum('AcquaintanceKind', ['RESEARCHER', 'CONTACT']);
export type AcquaintanceKind = EnumValue<typeof AcquaintanceKind>;

@ObjectType({ description: 'A person a coordinator knows: a researcher or a contact at an organization.' })
export class Acquaintance {
  @Field(() => ID, { description: 'The Researcher or Contact id.' })
  personId: string;

  @Field()
  name: string;

  @Field(() => AcquaintanceKind)
  kind: AcquaintanceKind;

  @Field({ description: 'How the coordinator knows them.' })
  note: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the acquaintance was first recorded.' })
  since: Date | null;
}
