import { ArgsType, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { LIMITS } from '../../../common/validation/limits';
import {
  EnumField,
  ListArgs,
  OptionalIdField,
  OptionalTextField,
  TextField,
  TextListField,
} from '../../../common/validation/input-fields';
import { BudgetBand, Confidentiality, NeedStatus } from '../models/need.model';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

@InputType()
export class CreateNeedInput {
  @OptionalIdField('Required for admins and coordinators; a company user may omit it (its own company).')
  companyId?: string;

  @TextField()
  title: string;

  @TextField(1, LIMITS.longText.max, { description: `1-${LIMITS.longText.max} characters.` })
  description: string;

  @TextListField()
  keywords?: string[];

  @OptionalTextField(LIMITS.shortText.max)
  desiredOutcome?: string;

  @OptionalTextField(LIMITS.shortText.max)
  timeline?: string;

  @EnumField(BudgetBand, { optional: true, description: 'Default: UNDECIDED.' })
  budgetBand?: BudgetBand;

  @EnumField(Confidentiality, { optional: true, description: 'Default: PRIVATE.' })
  confidentiality?: Confidentiality;

  @EnumField(NeedStatus, { optional: true, description: 'Default: OPEN.' })
  status?: NeedStatus;

  @OptionalIdField()
  surveyedById?: string;
}

/**
 * Create inputs carry no GraphQL default values: PartialType copies defaults into the update
 * input, where they would silently reset fields the client did not send.
 */
export const NEED_DEFAULTS = {
  keywords: [] as string[],
  desiredOutcome: '',
  timeline: '',
  budgetBand: BudgetBand.UNDECIDED,
  confidentiality: Confidentiality.PRIVATE,
  status: NeedStatus.OPEN,
};

@InputType()
export class UpdateNeedInput extends PartialType(OmitType(CreateNeedInput, ['companyId'] as const)) {}

export const NeedSort = graphqlEnum('NeedSort', ['CREATED_AT', 'UPDATED_AT', 'TITLE']);
export type NeedSort = EnumValue<typeof NeedSort>;

@ArgsType()
export class NeedsArgs extends ListArgs(
  NeedSort,
  NeedSort.CREATED_AT,
  'Words in the title, description or keywords (case-insensitive).',
) {
  @OptionalIdField()
  regionId?: string;

  @OptionalIdField()
  companyId?: string;

  @EnumField(NeedStatus, { optional: true })
  status?: NeedStatus;

  @EnumField(Confidentiality, { optional: true })
  confidentiality?: Confidentiality;
}
