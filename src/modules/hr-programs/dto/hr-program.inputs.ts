import { ArgsType, Field, InputType, PartialType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { LIMITS } from '../../../common/validation/limits';
import { Trim } from '../../../common/validation/text';
import { IsIsoDate, IsOnOrAfter } from './iso-date';
import {
  IdField,
  ListArgs,
  OptionalIdField,
  OptionalTextField,
  TextField,
  TextListField,
} from '../../../common/validation/input-fields';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

@InputType()
export class CreateHrProgramInput {
  @TextField()
  title: string;

  @TextListField('Skills the program develops. Default: none.')
  targetSkills?: string[];

  @OptionalTextField(LIMITS.longText.max)
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

  @IdField('The organization hosting the program (any kind).')
  hostId: string;
}

@InputType({ description: 'Only the fields sent change; hostId moves the program to another host.' })
export class UpdateHrProgramInput extends PartialType(CreateHrProgramInput) {}

export const HrProgramSort = graphqlEnum('HrProgramSort', ['TITLE', 'START_DATE', 'CREATED_AT']);
export type HrProgramSort = EnumValue<typeof HrProgramSort>;

@ArgsType()
export class HrProgramsArgs extends ListArgs(
  HrProgramSort,
  HrProgramSort.START_DATE,
  'Words in the title, description or a target skill (case-insensitive).',
) {
  @OptionalIdField('Programs whose host is in this region.')
  regionId?: string;

  @OptionalIdField('Programs hosted by this organization.')
  hostId?: string;

  @Field({ nullable: true, description: 'Programs running on this day (YYYY-MM-DD), first and last day included.' })
  @IsOptional()
  @Trim()
  @IsIsoDate()
  activeOn?: string;
}
