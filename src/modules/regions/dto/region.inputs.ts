import { ArgsType, Field, InputType, PartialType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { LIMITS } from '../../../common/validation/limits';
import { Trim } from '../../../common/validation/text';
import { ListArgs, OptionalTextField, TextField, TextListField } from '../../../common/validation/input-fields';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

@InputType()
export class CreateRegionInput {
  @Field({ description: 'Unique: 2-50 lower-case letters, digits and hyphens.' })
  @Trim()
  @Matches(/^[a-z0-9][a-z0-9-]{1,49}$/, { message: 'code must be 2-50 lower-case letters, digits and hyphens' })
  code: string;

  @TextField()
  name: string;

  @TextListField()
  prefectures?: string[];

  @OptionalTextField(LIMITS.longText.max)
  strategySummary?: string;

  @TextListField()
  focusFields?: string[];
}

@InputType()
export class UpdateRegionInput extends PartialType(CreateRegionInput) {}

export const RegionSort = graphqlEnum('RegionSort', ['NAME', 'CREATED_AT']);
export type RegionSort = EnumValue<typeof RegionSort>;

@ArgsType()
export class RegionsArgs extends ListArgs(
  RegionSort,
  RegionSort.NAME,
  'Words in the name, code or strategy (case-insensitive).',
) {}
