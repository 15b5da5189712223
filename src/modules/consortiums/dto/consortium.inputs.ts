import { ArgsType, Field, ID, InputType, PartialType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { LIMITS } from '../../../common/validation/limits';
import { IsText, Trim } from '../../../common/validation/text';

@InputType()
export class CreateConsortiumInput {
  @Field()
  @Trim()
  @IsText(LIMITS.name.min, LIMITS.name.max)
  name: string;

  @Field({ description: `1-${LIMITS.shortText.max} characters.` })
  @Trim()
  @IsText(1, LIMITS.shortText.max)
  theme: string;

  @Field({ nullable: true, description: 'Default: empty.' })
  @IsOptional()
  @Trim()
  @IsText(0, LIMITS.longText.max)
  description?: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId: string;
}

@InputType({ description: 'Only the fields sent change; regionId moves the consortium (not for its managers).' })
export class UpdateConsortiumInput extends PartialType(CreateConsortiumInput) {}

export enum ConsortiumSort {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ConsortiumSort, { name: 'ConsortiumSort' });

@ArgsType()
export class ConsortiumsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string;

  @Field({ nullable: true, description: 'Words in the name, theme or description (case-insensitive).' })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.name.max)
  keyword?: string;

  @Field(() => ConsortiumSort, { defaultValue: ConsortiumSort.NAME })
  @IsEnum(ConsortiumSort)
  sort: ConsortiumSort = ConsortiumSort.NAME;
}

@ArgsType()
export class AddConsortiumMemberArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'consortiumId must be a UUID' })
  consortiumId: string;

  @Field(() => ID, { description: 'An Organization or Researcher id.' })
  @IsUUID('all', { message: 'memberId must be a UUID' })
  memberId: string;

  @Field({ description: `e.g. "幹事機関 / lead", "member", "advisor"; 1-${LIMITS.shortText.max} characters.` })
  @Trim()
  @IsText(1, LIMITS.shortText.max)
  role: string;
}
