import { ArgsType, Field, ID, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { LIMITS } from '../../../common/validation/limits';
import { CleanList, IsText, IsTextList, Trim } from '../../../common/validation/text';
import { IpStatus, SeedStage, SeedVisibility } from '../models/seed.model';

@InputType()
export class CreateSeedInput {
  @Field()
  @Trim()
  @IsText(LIMITS.name.min, LIMITS.name.max)
  title: string;

  @Field({ description: `1-${LIMITS.longText.max} characters.` })
  @Trim()
  @IsText(1, LIMITS.longText.max)
  summary: string;

  @Field(() => [String], { nullable: true, description: 'Default: none.' })
  @IsOptional()
  @CleanList()
  @IsTextList()
  keywords?: string[];

  @Field({ nullable: true, description: 'Default: empty.' })
  @IsOptional()
  @Trim()
  @IsText(0, LIMITS.shortText.max)
  field?: string;

  @Field(() => SeedStage)
  @IsEnum(SeedStage)
  stage: SeedStage;

  @Field(() => IpStatus, { nullable: true, description: 'Default: NONE.' })
  @IsOptional()
  @IsEnum(IpStatus)
  ipStatus?: IpStatus;

  @Field(() => [String], { nullable: true, description: 'Required when ipStatus is PENDING or GRANTED.' })
  @IsOptional()
  @CleanList()
  @IsTextList()
  ipNumbers?: string[];

  @Field(() => SeedVisibility, { nullable: true, description: 'Default: PUBLIC.' })
  @IsOptional()
  @IsEnum(SeedVisibility)
  visibility?: SeedVisibility;

  @Field(() => ID, { nullable: true, description: 'At least one holder: an organization and/or researchers.' })
  @IsOptional()
  @IsUUID('all', { message: 'holderOrganizationId must be a UUID' })
  holderOrganizationId?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.list.maxItems)
  @IsUUID('all', { each: true, message: 'holderResearcherIds must be UUIDs' })
  holderResearcherIds?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'collectedById must be a UUID' })
  collectedById?: string;
}

export const SEED_DEFAULTS = {
  keywords: [] as string[],
  field: '',
  ipStatus: IpStatus.NONE,
  ipNumbers: [] as string[],
  visibility: SeedVisibility.PUBLIC,
};

@InputType()
export class UpdateSeedInput extends PartialType(
  OmitType(CreateSeedInput, ['holderOrganizationId', 'holderResearcherIds', 'collectedById'] as const),
) {}

export enum SeedSort {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  TITLE = 'TITLE',
}
registerEnumType(SeedSort, { name: 'SeedSort' });

@ArgsType()
export class SeedsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string;

  @Field(() => ID, { nullable: true, description: 'Seeds held by this organization or researcher.' })
  @IsOptional()
  @IsUUID('all', { message: 'holderId must be a UUID' })
  holderId?: string;

  @Field(() => SeedStage, { nullable: true })
  @IsOptional()
  @IsEnum(SeedStage)
  stage?: SeedStage;

  @Field({ nullable: true, description: 'The seed\'s field (exact, case-insensitive).' })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.shortText.max)
  field?: string;

  @Field({ nullable: true, description: 'Words in the title, summary or keywords (case-insensitive).' })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.name.max)
  keyword?: string;

  @Field(() => SeedSort, { defaultValue: SeedSort.CREATED_AT })
  @IsEnum(SeedSort)
  sort: SeedSort = SeedSort.CREATED_AT;
}
