import { ArgsType, Field, ID, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { LIMITS } from '../../../common/validation/limits';
import { CleanList, IsText, IsTextList, Trim } from '../../../common/validation/text';
import { BudgetBand, Confidentiality, NeedStatus } from '../models/need.model';

@InputType()
export class CreateNeedInput {
  @Field(() => ID, { nullable: true, description: 'Required for admins and coordinators; a company user may omit it (its own company).' })
  @IsOptional()
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId?: string;

  @Field()
  @Trim()
  @IsText(LIMITS.name.min, LIMITS.name.max)
  title: string;

  @Field({ description: `1-${LIMITS.longText.max} characters.` })
  @Trim()
  @IsText(1, LIMITS.longText.max)
  description: string;

  @Field(() => [String], { nullable: true, description: 'Default: none.' })
  @IsOptional()
  @CleanList()
  @IsTextList()
  keywords?: string[];

  @Field({ nullable: true, description: 'Default: empty.' })
  @IsOptional()
  @Trim()
  @IsText(0, LIMITS.shortText.max)
  desiredOutcome?: string;

  @Field({ nullable: true, description: 'Default: empty.' })
  @IsOptional()
  @Trim()
  @IsText(0, LIMITS.shortText.max)
  timeline?: string;

  @Field(() => BudgetBand, { nullable: true, description: 'Default: UNDECIDED.' })
  @IsOptional()
  @IsEnum(BudgetBand)
  budgetBand?: BudgetBand;

  @Field(() => Confidentiality, { nullable: true, description: 'Default: PRIVATE.' })
  @IsOptional()
  @IsEnum(Confidentiality)
  confidentiality?: Confidentiality;

  @Field(() => NeedStatus, { nullable: true, description: 'Default: OPEN.' })
  @IsOptional()
  @IsEnum(NeedStatus)
  status?: NeedStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'surveyedById must be a UUID' })
  surveyedById?: string;
}

/**
 * Create inputs carry no GraphQL default values: PartialType copies defaults into the update
 * input, where they would silently reset fields the client did not send.
 */
export const NEED_DEFAULTS = {
  keywords: [] as string[],
  desiredOutcome: '',
  timeline: '',
  budgetBand: BudgetBand.UNDECIDED,
  confidentiality: Confidentiality.PRIVATE,
  status: NeedStatus.OPEN,
};

@InputType()
export class UpdateNeedInput extends PartialType(OmitType(CreateNeedInput, ['companyId'] as const)) {}

export enum NeedSort {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  TITLE = 'TITLE',
}
registerEnumType(NeedSort, { name: 'NeedSort' });

@ArgsType()
export class NeedsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId?: string;

  @Field(() => NeedStatus, { nullable: true })
  @IsOptional()
  @IsEnum(NeedStatus)
  status?: NeedStatus;

  @Field(() => Confidentiality, { nullable: true })
  @IsOptional()
  @IsEnum(Confidentiality)
  confidentiality?: Confidentiality;

  @Field({ nullable: true, description: 'Words in the title, description or keywords (case-insensitive).' })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.name.max)
  keyword?: string;

  @Field(() => NeedSort, { defaultValue: NeedSort.CREATED_AT })
  @IsEnum(NeedSort)
  sort: NeedSort = NeedSort.CREATED_AT;
}
