import { ArgsType, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { LIMITS } from '../../../common/validation/limits';
import { CompanySize, OrganizationKind } from '../models/organization.model';
import {
  EnumField,
  IdField,
  ListArgs,
  OptionalIdField,
  OptionalNonBlankTextField,
  OptionalTextField,
  TextField,
} from '../../../common/validation/input-fields';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

@InputType()
export class CreateOrganizationInput {
  @TextField()
  name: string;

  @EnumField(OrganizationKind)
  kind: OrganizationKind;

  @IdField()
  regionId: string;

  @OptionalNonBlankTextField(LIMITS.shortText.max)
  industry?: string | null;

  @EnumField(CompanySize, { optional: true })
  size?: CompanySize | null;

  @OptionalTextField(LIMITS.longText.max)
  description?: string;
}

@InputType()
export class UpdateOrganizationInput extends PartialType(OmitType(CreateOrganizationInput, ['kind'] as const)) {}

export const OrganizationSort = graphqlEnum('OrganizationSort', ['NAME', 'CREATED_AT']);
export type OrganizationSort = EnumValue<typeof OrganizationSort>;

@ArgsType()
export class OrganizationsArgs extends ListArgs(
  OrganizationSort,
  OrganizationSort.NAME,
  'Words in the name, industry or description (case-insensitive).',
) {
  @OptionalIdField()
  regionId?: string;

  @EnumField(OrganizationKind, { optional: true })
  kind?: OrganizationKind;
}
