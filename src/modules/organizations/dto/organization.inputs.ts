import { ArgsType, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
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

export enum OrganizationSort {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(OrganizationSort, { name: 'OrganizationSort' });

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
