import { ArgsType, Field, InputType, PartialType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { LIMITS } from '../../../common/validation/limits';
import { CleanList, IsText, IsTextList, Trim } from '../../../common/validation/text';

@InputType()
export class CreateRegionInput {
  @Field({ description: 'Unique: 2-50 lower-case letters, digits and hyphens.' })
  @Trim()
  @Matches(/^[a-z0-9][a-z0-9-]{1,49}$/, { message: 'code must be 2-50 lower-case letters, digits and hyphens' })
  code: string;

  @Field()
  @Trim()
  @IsText(LIMITS.name.min, LIMITS.name.max)
  name: string;

  @Field(() => [String], { nullable: true, description: 'Default: none.' })
  @IsOptional()
  @CleanList()
  @IsTextList()
  prefectures?: string[];

  @Field({ nullable: true, description: 'Default: empty.' })
  @IsOptional()
  @Trim()
  @IsText(0, LIMITS.longText.max)
  strategySummary?: string;

  @Field(() => [String], { nullable: true, description: 'Default: none.' })
  @IsOptional()
  @CleanList()
  @IsTextList()
  focusFields?: string[];
}

@InputType()
export class UpdateRegionInput extends PartialType(CreateRegionInput) {}

export enum RegionSort {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(RegionSort, { name: 'RegionSort' });

@ArgsType()
export class RegionsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Words in the name, code or strategy (case-insensitive).' })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.name.max)
  keyword?: string;

  @Field(() => RegionSort, { defaultValue: RegionSort.NAME })
  @IsEnum(RegionSort)
  sort: RegionSort = RegionSort.NAME;
}
