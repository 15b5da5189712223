import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { NamedNetworkNode } from '../../../common/graphql/node-fields';
import { Paginated } from '../../../common/graphql/pagination';
import { Region } from '../../regions/models/region.model';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

@ObjectType({ description: 'A consortium of organizations and researchers working on a theme in a region.' })
export class Consortium extends NamedNetworkNode {
  @Field()
  theme: string;

  @Field()
  description: string;

  @Field(() => Region, { nullable: true })
  region?: Region | null;

  @Field(() => Int, { description: 'Organizations and researchers that are members.' })
  memberCount: number;

  /** Not exposed: resolved into `region`; where coordinators may write it. */
  regionId: string | null;
}

@ObjectType()
export class ConsortiumConnection extends Paginated(Consortium) {}

export const ConsortiumMemberKind = graphqlEnum('ConsortiumMemberKind', ['ORGANIZATION', 'RESEARCHER']);
export type ConsortiumMemberKind = EnumValue<typeof ConsortiumMemberKind>;

@ObjectType({ description: 'An organization or researcher taking part in a consortium.' })
export class ConsortiumMember {
  @Field(() => ID, { description: 'The Organization or Researcher id.' })
  memberId: string;

  @Field()
  name: string;

  @Field(() => ConsortiumMemberKind)
  kind: ConsortiumMemberKind;

  @Field({ description: 'e.g. "幹事機関 / lead", "member", "advisor".' })
  role: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it joined.' })
  since: Date | null;
}
