import { ArgsType, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { LIMITS } from '../../../common/validation/limits';
import { EquipmentAvailability } from '../models/equipment.model';
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
export class CreateEquipmentInput {
  @TextField()
  name: string;

  @TextField(1, LIMITS.shortText.max, {
    description: `1-${LIMITS.shortText.max} characters, e.g. "分析機器 / analytical instrument".`,
  })
  category: string;

  @TextField(1, LIMITS.longText.max, { description: `1-${LIMITS.longText.max} characters, Japanese or English.` })
  description: string;

  @OptionalTextField(LIMITS.longText.max)
  specifications?: string;

  @OptionalTextField(LIMITS.shortText.max, 'Conditions for outside users. Default: empty.')
  conditions?: string;

  @OptionalTextField(LIMITS.shortText.max, 'Fees for outside users. Default: empty.')
  fees?: string;

  @EnumField(EquipmentAvailability, { optional: true, description: 'Default: AVAILABLE.' })
  availability?: EquipmentAvailability;

  @IdField('A UNIVERSITY or RESEARCH_INSTITUTE organization.')
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

export const EquipmentSort = graphqlEnum('EquipmentSort', ['NAME', 'CREATED_AT', 'UPDATED_AT']);
export type EquipmentSort = EnumValue<typeof EquipmentSort>;

@ArgsType()
export class EquipmentsArgs extends ListArgs(
  EquipmentSort,
  EquipmentSort.NAME,
  'Words in the name, description or specifications (case-insensitive).',
) {
  @OptionalIdField('Equipment whose host is in this region.')
  regionId?: string;

  @OptionalIdField()
  hostId?: string;

  @OptionalNonBlankTextField(LIMITS.shortText.max, 'The category (exact, case-insensitive).')
  category?: string;

  @EnumField(EquipmentAvailability, { optional: true })
  availability?: EquipmentAvailability;
}
