import { ArgsType, Field, ID, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { LIMITS } from '../../../common/validation/limits';
import { IsText, Trim } from '../../../common/validation/text';
import { EquipmentAvailability } from '../models/equipment.model';

@InputType()
export class CreateEquipmentInput {
  @Field()
  @Trim()
  @IsText(LIMITS.name.min, LIMITS.name.max)
  name: string;

  @Field({ description: `1-${LIMITS.shortText.max} characters, e.g. "分析機器 / analytical instrument".` })
  @Trim()
  @IsText(1, LIMITS.shortText.max)
  category: string;

  @Field({ description: `1-${LIMITS.longText.max} characters, Japanese or English.` })
  @Trim()
  @IsText(1, LIMITS.longText.max)
  description: string;

  @Field({ nullable: true, description: 'Default: empty.' })
  @IsOptional()
  @Trim()
  @IsText(0, LIMITS.longText.max)
  specifications?: string;

  @Field({ nullable: true, description: 'Conditions for outside users. Default: empty.' })
  @IsOptional()
  @Trim()
  @IsText(0, LIMITS.shortText.max)
  conditions?: string;

  @Field({ nullable: true, description: 'Fees for outside users. Default: empty.' })
  @IsOptional()
  @Trim()
  @IsText(0, LIMITS.shortText.max)
  fees?: string;

  @Field(() => EquipmentAvailability, { nullable: true, description: 'Default: AVAILABLE.' })
  @IsOptional()
  @IsEnum(EquipmentAvailability)
  availability?: EquipmentAvailability;

  @Field(() => ID, { description: 'A UNIVERSITY or RESEARCH_INSTITUTE organization.' })
  @IsUUID('all', { message: 'hostId must be a UUID' })
  hostId: string;
}

/** No GraphQL defaults on the create input: PartialType would copy them into updates and reset fields. */
export const EQUIPMENT_DEFAULTS = {
  specifications: '',
  conditions: '',
  fees: '',
  availability: EquipmentAvailability.AVAILABLE,
};

// The host is fixed: its support staff's SUPPORTS links are only valid at that host.
@InputType({ description: 'Only the fields sent change. The host cannot change: delete and create again.' })
export class UpdateEquipmentInput extends PartialType(OmitType(CreateEquipmentInput, ['hostId'] as const)) {}

export enum EquipmentSort {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(EquipmentSort, { name: 'EquipmentSort' });

@ArgsType()
export class EquipmentsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Equipment whose host is in this region." })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'hostId must be a UUID' })
  hostId?: string;

  @Field({ nullable: true, description: 'The category (exact, case-insensitive).' })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.shortText.max)
  category?: string;

  @Field(() => EquipmentAvailability, { nullable: true })
  @IsOptional()
  @IsEnum(EquipmentAvailability)
  availability?: EquipmentAvailability;

  @Field({ nullable: true, description: 'Words in the name, description or specifications (case-insensitive).' })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.name.max)
  keyword?: string;

  @Field(() => EquipmentSort, { defaultValue: EquipmentSort.NAME })
  @IsEnum(EquipmentSort)
  sort: EquipmentSort = EquipmentSort.NAME;
}
