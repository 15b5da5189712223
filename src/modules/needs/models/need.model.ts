import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NetworkNode } from '../../../common/graphql/node-fields';
import { Paginated } from '../../../common/graphql/pagination';

export enum BudgetBand {
  UNDER_1M = 'UNDER_1M',
  FROM_1M_TO_5M = 'FROM_1M_TO_5M',
  FROM_5M_TO_20M = 'FROM_5M_TO_20M',
  OVER_20M = 'OVER_20M',
  UNDECIDED = 'UNDECIDED',
}
registerEnumType(BudgetBand, { name: 'BudgetBand', description: 'Budget in Japanese yen.' });

export enum Confidentiality {
  PRIVATE = 'PRIVATE',
  REGION = 'REGION',
  PUBLIC = 'PUBLIC',
}
registerEnumType(Confidentiality, {
  name: 'Confidentiality',
  description:
    "PRIVATE: the company and the coordinators of its region. REGION: also the region's consortium managers. PUBLIC: every signed-in user.",
});

export enum NeedStatus {
  OPEN = 'OPEN',
  IN_DISCUSSION = 'IN_DISCUSSION',
  SOLVED = 'SOLVED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(NeedStatus, { name: 'NeedStatus' });

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
