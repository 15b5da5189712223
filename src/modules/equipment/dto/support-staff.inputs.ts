import { ArgsType, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { LIMITS } from '../../../common/validation/limits';
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
export class CreateSupportStaffInput {
  @TextField()
  name: string;

  @OptionalTextField(LIMITS.name.max)
  title?: string;

  @TextListField()
  skills?: string[];

  @IdField('The organization the person works at.')
  organizationId: string;
}

export const SUPPORT_STAFF_DEFAULTS = { title: '', skills: [] as string[] };

// The organization is fixed: the person's SUPPORTS links are only valid for equipment hosted there.
@InputType({ description: 'Only the fields sent change. The organization cannot change: delete and create again.' })
export class UpdateSupportStaffInput extends PartialType(
  OmitType(CreateSupportStaffInput, ['organizationId'] as const),
) {}

export const SupportStaffSort = graphqlEnum('SupportStaffSort', ['NAME', 'CREATED_AT']);
export type SupportStaffSort = EnumValue<typeof SupportStaffSort>;

@ArgsType()
export class SupportStaffMembersArgs extends ListArgs(
  SupportStaffSort,
  SupportStaffSort.NAME,
  'Words in the name, title or skills (case-insensitive).',
) {
  @OptionalIdField()
  organizationId?: string;
}
