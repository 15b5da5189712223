import { ArgsType, Field, ID, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { LIMITS } from '../../../common/validation/limits';
import { IsText, Trim } from '../../../common/validation/text';
import { CompanySize, OrganizationKind } from '../models/organization.model';

@InputType()
export class CreateOrganizationInput {
  @Field()
  @Trim()
  @IsText(LIMITS.name.min, LIMITS.name.max)
  name: string;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @Field(() => ID)
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.shortText.max)
  industry?: string | null;

  @Field(() => CompanySize, { nullable: true })
  @IsOptional()
  @IsEnum(CompanySize)
  size?: CompanySize | null;

  @Field({ nullable: true, description: 'Default: empty.' })
  @IsOptional()
  @Trim()
  @IsText(0, LIMITS.longText.max)
  description?: string;
}

@InputType()
export class UpdateOrganizationInput extends PartialType(OmitType(CreateOrganizationInput, ['kind'] as const)) {}

export enum OrganizationSort {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(OrganizationSort, { name: 'OrganizationSort' });

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string;

  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field({ nullable: true, description: 'Words in the name, industry or description (case-insensitive).' })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.name.max)
  keyword?: string;

  @Field(() => OrganizationSort, { defaultValue: OrganizationSort.NAME })
  @IsEnum(OrganizationSort)
  sort: OrganizationSort = OrganizationSort.NAME;
}
