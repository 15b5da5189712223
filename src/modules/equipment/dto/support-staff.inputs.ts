import { ArgsType, Field, ID, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { LIMITS } from '../../../common/validation/limits';
import { CleanList, IsText, IsTextList, Trim } from '../../../common/validation/text';

@InputType()
export class CreateSupportStaffInput {
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
  skills?: string[];

  @Field(() => ID, { description: 'The organization the person works at.' })
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId: string;
}

export const SUPPORT_STAFF_DEFAULTS = { title: '', skills: [] as string[] };

// The organization is fixed: the person's SUPPORTS links are only valid for equipment hosted there.
@InputType({ description: 'Only the fields sent change. The organization cannot change: delete and create again.' })
export class UpdateSupportStaffInput extends PartialType(OmitType(CreateSupportStaffInput, ['organizationId'] as const)) {}

export enum SupportStaffSort {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(SupportStaffSort, { name: 'SupportStaffSort' });

@ArgsType()
export class SupportStaffMembersArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;

  @Field({ nullable: true, description: 'Words in the name, title or skills (case-insensitive).' })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.name.max)
  keyword?: string;

  @Field(() => SupportStaffSort, { defaultValue: SupportStaffSort.NAME })
  @IsEnum(SupportStaffSort)
  sort: SupportStaffSort = SupportStaffSort.NAME;
}
