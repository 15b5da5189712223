import { ArgsType, Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { LIMITS } from '../../../common/validation/limits';
import { CleanList, Trim } from '../../../common/validation/text';
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
export class CreateCoordinatorInput {
  @TextField()
  name: string;

  @TextListField()
  specialtyFields?: string[];

  @Field(() => String, { nullable: true, description: 'Optional; on update, null removes it.' })
  @IsOptional()
  @Trim()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(LIMITS.email.max, { message: `email must be at most ${LIMITS.email.max} characters` })
  email?: string | null;

  @IdField('The COORDINATING_ORGANIZATION the coordinator works for.')
  organizationId: string;

  @Field(() => [ID], { description: `The regions covered: 1-${LIMITS.list.maxItems}.` })
  @CleanList()
  @ArrayMinSize(1, { message: 'regionIds must name at least one region' })
  @ArrayMaxSize(LIMITS.list.maxItems, { message: `regionIds must name at most ${LIMITS.list.maxItems} regions` })
  @IsUUID('all', { each: true, message: 'regionIds must be UUIDs' })
  regionIds: string[];
}

@InputType({
  description: 'Only the fields sent change; regionIds, when sent, replaces the covered regions (admins only).',
})
export class UpdateCoordinatorInput extends PartialType(
  OmitType(CreateCoordinatorInput, ['organizationId'] as const),
) {}

export const CoordinatorSort = graphqlEnum('CoordinatorSort', ['NAME', 'CREATED_AT']);
export type CoordinatorSort = EnumValue<typeof CoordinatorSort>;

@ArgsType()
export class CoordinatorsArgs extends ListArgs(
  CoordinatorSort,
  CoordinatorSort.NAME,
  'Words in the name or specialty fields (case-insensitive).',
) {
  @OptionalIdField('Coordinators covering this region.')
  regionId?: string;
}

@ArgsType()
export class RecordAcquaintanceArgs {
  @IdField()
  coordinatorId: string;

  @IdField('A Researcher or Contact id.')
  personId: string;

  @OptionalTextField(LIMITS.shortText.max, 'How they know each other. Default: empty; recording again replaces it.')
  note?: string;
}
