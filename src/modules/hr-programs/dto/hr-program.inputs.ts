import { ArgsType, Field, ID, InputType, PartialType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { LIMITS } from '../../../common/validation/limits';
import { CleanList, IsText, IsTextList, Trim } from '../../../common/validation/text';
import { IsIsoDate, IsOnOrAfter } from './iso-date';

@InputType()
export class CreateHrProgramInput {
  @Field()
  @Trim()
  @IsText(LIMITS.name.min, LIMITS.name.max)
  title: string;

  @Field(() => [String], { nullable: true, description: 'Skills the program develops. Default: none.' })
  @IsOptional()
  @CleanList()
  @IsTextList()
  targetSkills?: string[];

  @Field({ nullable: true, description: 'Default: empty.' })
  @IsOptional()
  @Trim()
  @IsText(0, LIMITS.longText.max)
  description?: string;

  @Field({ description: 'First day, YYYY-MM-DD.' })
  @Trim()
  @IsIsoDate()
  startDate: string;

  @Field({ description: 'Last day, YYYY-MM-DD; not before startDate.' })
  @Trim()
  @IsIsoDate()
  @IsOnOrAfter('startDate')
  endDate: string;

  @Field(() => ID, { description: 'The organization hosting the program (any kind).' })
  @IsUUID('all', { message: 'hostId must be a UUID' })
  hostId: string;
}

@InputType({ description: 'Only the fields sent change; hostId moves the program to another host.' })
export class UpdateHrProgramInput extends PartialType(CreateHrProgramInput) {}

export enum HrProgramSort {
  TITLE = 'TITLE',
  START_DATE = 'START_DATE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(HrProgramSort, { name: 'HrProgramSort' });

@ArgsType()
export class HrProgramsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Programs whose host is in this region.' })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string;

  @Field(() => ID, { nullable: true, description: 'Programs hosted by this organization.' })
  @IsOptional()
  @IsUUID('all', { message: 'hostId must be a UUID' })
  hostId?: string;

  @Field({ nullable: true, description: 'Programs running on this day (YYYY-MM-DD), first and last day included.' })
  @IsOptional()
  @Trim()
  @IsIsoDate()
  activeOn?: string;

  @Field({ nullable: true, description: 'Words in the title, description or a target skill (case-insensitive).' })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.name.max)
  keyword?: string;

  @Field(() => HrProgramSort, { defaultValue: HrProgramSort.START_DATE })
  @IsEnum(HrProgramSort)
  sort: HrProgramSort = HrProgramSort.START_DATE;
}
