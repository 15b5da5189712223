import { ArgsType, Field, ID, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { LIMITS } from '../../../common/validation/limits';
import { CleanList, IsText, IsTextList, Trim } from '../../../common/validation/text';

@InputType()
export class CreateResearcherInput {
  @Field()
  @Trim()
  @IsText(LIMITS.name.min, LIMITS.name.max)
  name: string;

  @Field({ nullable: true, description: 'Default: empty.' })
  @IsOptional()
  @Trim()
  @IsText(0, LIMITS.name.max)
  title?: string;

  @Field(() => [String], { nullable: true, description: 'Default: none.' })
  @IsOptional()
  @CleanList()
  @IsTextList()
  fields?: string[];

  @Field({ nullable: true, description: 'Default: empty.' })
  @IsOptional()
  @Trim()
  @IsText(0, LIMITS.longText.max)
  profile?: string;

  @Field({ nullable: true, description: 'Default: false.' })
  @IsOptional()
  @IsBoolean()
  invitedCoreResearcher?: boolean;

  @Field(() => ID, { description: 'The organization the researcher belongs to (more with affiliateResearcher).' })
  @IsUUID('all', { message: 'affiliationId must be a UUID' })
  affiliationId: string;
}

@InputType()
export class UpdateResearcherInput extends PartialType(OmitType(CreateResearcherInput, ['affiliationId'] as const)) {}

export enum ResearcherSort {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ResearcherSort, { name: 'ResearcherSort' });

@ArgsType()
export class ResearchersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Researchers affiliated with an organization in this region.' })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;

  @Field({ nullable: true, description: 'A field of expertise (exact, case-insensitive).' })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.list.itemMax)
  field?: string;

  @Field({ nullable: true, description: 'Words in the name, title or profile (case-insensitive).' })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.name.max)
  keyword?: string;

  @Field(() => ResearcherSort, { defaultValue: ResearcherSort.NAME })
  @IsEnum(ResearcherSort)
  sort: ResearcherSort = ResearcherSort.NAME;
}
