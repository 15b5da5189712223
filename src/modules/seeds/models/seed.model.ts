import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NetworkNode } from '../../../common/graphql/node-fields';
import { Paginated } from '../../../common/graphql/pagination';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

export const SeedStage = graphqlEnum('SeedStage', [
  'BASIC_RESEARCH',
  'APPLIED_RESEARCH',
  'PROTOTYPE',
  'PROVEN_IN_USE',
  'COMMERCIALIZED',
]);
export type SeedStage = EnumValue<typeof SeedStage>;

export const IpStatus = graphqlEnum('IpStatus', ['NONE', 'PENDING', 'GRANTED']);
export type IpStatus = EnumValue<typeof IpStatus>;

export const SeedVisibility = graphqlEnum(
  'SeedVisibility',
  ['PRIVATE', 'REGION', 'PUBLIC'],
  "PRIVATE: admins and the coordinators of the holders' regions. REGION: also everyone taking part in those regions (their companies and consortium managers). PUBLIC: every signed-in user.",
);
export type SeedVisibility = EnumValue<typeof SeedVisibility>;

@ObjectType({ description: 'A technology seed: a research result, patent or know-how.' })
export class Seed extends NetworkNode {
  @Field()
  title: string;

  @Field({ description: 'Long text, Japanese or English.' })
  summary: string;

  @Field(() => [String])
  keywords: string[];

  @Field()
  field: string;

  @Field(() => SeedStage)
  stage: SeedStage;

  @Field(() => IpStatus)
  ipStatus: IpStatus;

  @Field(() => [String], { description: 'Application or patent numbers, e.g. 特願2024-012345, JP7123456B2.' })
  ipNumbers: string[];

  @Field(() => SeedVisibility)
  visibility: SeedVisibility;

  @Field(() => [ID])
  holderOrganizationIds: string[];

  @Field(() => [ID])
  holderResearcherIds: string[];

  @Field(() => ID, { nullable: true, description: 'The coordinator who collected it.' })
  collectedById: string | null;

  @Field(() => [ID], { description: "The holders' regions." })
  regionIds: string[];
}

@ObjectType()
export class SeedConnection extends Paginated(Seed) {}
