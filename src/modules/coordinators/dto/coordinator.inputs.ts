import { ArgsType, Field, ID, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { LIMITS } from '../../../common/validation/limits';
import { CleanList, IsText, IsTextList, Trim } from '../../../common/validation/text';

@InputType()
export class CreateCoordinatorInput {
  @Field()
  @Trim()
  @IsText(LIMITS.name.min, LIMITS.name.max)
  name: string;

  @Field(() => [String], { nullable: true, description: 'Default: none.' })
  @IsOptional()
  @CleanList()
  @IsTextList()
  specialtyFields?: string[];

  @Field(() => String, { nullable: true, description: 'Optional; on update, null removes it.' })
  @IsOptional()
  @Trim()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(LIMITS.email.max, { message: `email must be at most ${LIMITS.email.max} characters` })
  email?: string | null;

  @Field(() => ID, { description: 'The COORDINATING_ORGANIZATION the coordinator works for.' })
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId: string;

  @Field(() => [ID], { description: `The regions covered: 1-${LIMITS.list.maxItems}.` })
  @CleanList()
  @ArrayMinSize(1, { message: 'regionIds must name at least one region' })
  @ArrayMaxSize(LIMITS.list.maxItems, { message: `regionIds must name at most ${LIMITS.list.maxItems} regions` })
  @IsUUID('all', { each: true, message: 'regionIds must be UUIDs' })
  regionIds: string[];
}

@InputType({ description: 'Only the fields sent change; regionIds, when sent, replaces the covered regions (admins only).' })
export class UpdateCoordinatorInput extends PartialType(OmitType(CreateCoordinatorInput, ['organizationId'] as const)) {}

export enum CoordinatorSort {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(CoordinatorSort, { name: 'CoordinatorSort' });

@ArgsType()
export class CoordinatorsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Coordinators covering this region.' })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string;

  @Field({ nullable: true, description: 'Words in the name or specialty fields (case-insensitive).' })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.name.max)
  keyword?: string;

  @Field(() => CoordinatorSort, { defaultValue: CoordinatorSort.NAME })
  @IsEnum(CoordinatorSort)
  sort: CoordinatorSort = CoordinatorSort.NAME;
}

@ArgsType()
export class RecordAcquaintanceArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'coordinatorId must be a UUID' })
  coordinatorId: string;

  @Field(() => ID, { description: 'A Researcher or Contact id.' })
  @IsUUID('all', { message: 'personId must be a UUID' })
  personId: string;

  @Field({ nullable: true, description: 'How they know each other. Default: empty; recording again replaces it.' })
  @IsOptional()
  @Trim()
  @IsText(0, LIMITS.shortText.max)
  note?: string;
}
