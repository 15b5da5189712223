import { ArgsType, InputType, PartialType } from '@nestjs/graphql';
import { LIMITS } from '../../../common/validation/limits';
import {
  IdField,
  ListArgs,
  OptionalIdField,
  OptionalTextField,
  TextField,
} from '../../../common/validation/input-fields';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

@InputType()
export class CreateConsortiumInput {
  @TextField()
  name: string;

  @TextField(1, LIMITS.shortText.max, { description: `1-${LIMITS.shortText.max} characters.` })
  theme: string;

  @OptionalTextField(LIMITS.longText.max)
  description?: string;

  @IdField()
  regionId: string;
}

@InputType({ description: 'Only the fields sent change; regionId moves the consortium (not for its managers).' })
export class UpdateConsortiumInput extends PartialType(CreateConsortiumInput) {}

export const ConsortiumSort = graphqlEnum('ConsortiumSort', ['NAME', 'CREATED_AT']);
export type ConsortiumSort = EnumValue<typeof ConsortiumSort>;

@ArgsType()
export class ConsortiumsArgs extends ListArgs(
  ConsortiumSort,
  ConsortiumSort.NAME,
  'Words in the name, theme or description (case-insensitive).',
) {
  @OptionalIdField()
  regionId?: string;
}

@ArgsType()
export class AddConsortiumMemberArgs {
  @IdField()
  consortiumId: string;

  @IdField('An Organization or Researcher id.')
  memberId: string;

  @TextField(1, LIMITS.shortText.max, {
    description: `e.g. "幹事機関 / lead", "member", "advisor"; 1-${LIMITS.shortText.max} characters.`,
  })
  role: string;
}
