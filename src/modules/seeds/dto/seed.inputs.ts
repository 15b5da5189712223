import { ArgsType, Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { LIMITS } from '../../../common/validation/limits';
import { IsText, Trim } from '../../../common/validation/text';
import {
  EnumField,
  ListArgs,
  OptionalIdField,
  OptionalTextField,
  TextField,
  TextListField,
} from '../../../common/validation/input-fields';
import { IpStatus, SeedStage, SeedVisibility } from '../models/seed.model';
import { EnumValue, graphqlEnum } from '../../../common/graphql/graphql-enum';

@InputType()
export class CreateSeedInput {
  @TextField()
  title: string;

  @TextField(1, LIMITS.longText.max, { description: `1-${LIMITS.longText.max} characters.` })
  summary: string;

  @TextListField()
  keywords?: string[];

  @OptionalTextField(LIMITS.shortText.max)
  field?: string;

  @EnumField(SeedStage)
  stage: SeedStage;

  @EnumField(IpStatus, { optional: true, description: 'Default: NONE.' })
  ipStatus?: IpStatus;

  @TextListField('Required when ipStatus is PENDING or GRANTED.')
  ipNumbers?: string[];

  @EnumField(SeedVisibility, { optional: true, description: 'Default: PUBLIC.' })
  visibility?: SeedVisibility;

  @OptionalIdField('At least one holder: an organization and/or researchers.')
  holderOrganizationId?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.list.maxItems)
  @IsUUID('all', { each: true, message: 'holderResearcherIds must be UUIDs' })
  holderResearcherIds?: string[];

  @OptionalIdField()
  collectedById?: string;
}

export const SEED_DEFAULTS = {
  keywords: [] as string[],
  field: '',
  ipStatus: IpStatus.NONE,
  ipNumbers: [] as string[],
  visibility: SeedVisibility.PUBLIC,
};

/** A seed with IP PENDING or GRANTED must list the application or patent numbers. */
export const lacksIpNumbers = (status: IpStatus | undefined, numbers: readonly string[] | undefined): boolean =>
  (status === IpStatus.PENDING || status === IpStatus.GRANTED) && !numbers?.length;

/** A seed needs a holder: an organization and/or researchers. */
export const hasHolder = (
  organization: string | undefined | null,
  researchers: readonly string[] | undefined,
): boolean => Boolean(organization) || Boolean(researchers?.length);

@InputType()
export class UpdateSeedInput extends PartialType(
  OmitType(CreateSeedInput, ['holderOrganizationId', 'holderResearcherIds', 'collectedById'] as const),
) {}

export const SeedSort = graphqlEnum('SeedSort', ['CREATED_AT', 'UPDATED_AT', 'TITLE']);
export type SeedSort = EnumValue<typeof SeedSort>;

@ArgsType()
export class SeedsArgs extends ListArgs(
  SeedSort,
  SeedSort.CREATED_AT,
  'Words in the title, summary or keywords (case-insensitive).',
) {
  @OptionalIdField()
  regionId?: string;

  @OptionalIdField('Seeds held by this organization or researcher.')
  holderId?: string;

  @EnumField(SeedStage, { optional: true })
  stage?: SeedStage;

  @Field({ nullable: true, description: "The seed's field (exact, case-insensitive)." })
  @IsOptional()
  @Trim()
  @IsText(1, LIMITS.shortText.max)
  field?: string;
}
