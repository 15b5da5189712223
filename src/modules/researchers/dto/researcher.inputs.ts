import { ArgsType, Field, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { LIMITS } from '../../../common/validation/limits';
import {
  IdField,
  ListArgs,
  OptionalIdField,
  OptionalNonBlankTextField,
  OptionalTextField,
  TextField,
  TextListField,
} from '../../../common/validation/input-fields';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

@InputType()
export class CreateResearcherInput {
  @TextField()
  name: string;

  @OptionalTextField(LIMITS.name.max)
  title?: string;

  @TextListField()
  fields?: string[];

  @OptionalTextField(LIMITS.longText.max)
  profile?: string;

  @Field({ nullable: true, description: 'Default: false.' })
  @IsOptional()
  @IsBoolean()
  invitedCoreResearcher?: boolean;

  @IdField('The organization the researcher belongs to (more with affiliateResearcher).')
  affiliationId: string;
}

@InputType()
export class UpdateResearcherInput extends PartialType(OmitType(CreateResearcherInput, ['affiliationId'] as const)) {}

export const ResearcherSort = graphqlEnum('ResearcherSort', ['NAME', 'CREATED_AT']);
export type ResearcherSort = EnumValue<typeof ResearcherSort>;

@ArgsType()
export class ResearchersArgs extends ListArgs(
  ResearcherSort,
  ResearcherSort.NAME,
  'Words in the name, title or profile (case-insensitive).',
) {
  @OptionalIdField('Researchers affiliated with an organization in this region.')
  regionId?: string;

  @OptionalIdField()
  organizationId?: string;

  @OptionalNonBlankTextField(LIMITS.list.itemMax, 'A field of expertise (exact, case-insensitive).')
  field?: string;
}
