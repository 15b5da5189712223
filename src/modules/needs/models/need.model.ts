import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NetworkNode } from '../../../common/graphql/node-fields';
import { Paginated } from '../../../common/graphql/pagination';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

export const BudgetBand = graphqlEnum(
  'BudgetBand',
  ['UNDER_1M', 'FROM_1M_TO_5M', 'FROM_5M_TO_20M', 'OVER_20M', 'UNDECIDED'],
  'Budget in Japanese yen.',
);
export type BudgetBand = EnumValue<typeof BudgetBand>;

export const Confidentiality = graphqlEnum(
  'Confidentiality',
  ['PRIVATE', 'REGION', 'PUBLIC'],
  "PRIVATE: the company and the coordinators of its region. REGION: also the region's consortium managers. PUBLIC: every signed-in user.",
);
export type Confidentiality = EnumValue<typeof Confidentiality>;

export const NeedStatus = graphqlEnum('NeedStatus', ['OPEN', 'IN_DISCUSSION', 'SOLVED', 'WITHDRAWN']);
export type NeedStatus = EnumValue<typeof NeedStatus>;

@ObjectType({ description: "A company's need for technology, know-how or equipment." })
export class Need extends NetworkNode {
  @Field()
  title: string;

  @Field({ description: 'Long text, Japanese or English.' })
  description: string;

  @Field(() => [String])
  keywords: string[];

  @Field()
  desiredOutcome: string;

  @Field()
  timeline: string;

  @Field(() => BudgetBand)
  budgetBand: BudgetBand;

  @Field(() => Confidentiality)
  confidentiality: Confidentiality;

  @Field(() => NeedStatus)
  status: NeedStatus;

  @Field(() => ID)
  companyId: string;

  @Field(() => ID, { nullable: true, description: "The company's region." })
  regionId: string | null;

  @Field(() => ID, { nullable: true, description: 'The coordinator who surveyed it.' })
  surveyedById: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When its matches were computed from its current text; null while a recomputation is due.',
  })
  matchesComputedAt: Date | null;
}

@ObjectType()
export class NeedConnection extends Paginated(Need) {}
