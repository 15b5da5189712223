import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, Float } from '@nestjs/graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { PageArgs } from '../../../../common/graphql/pagination';
import { MatchKind, MatchStatus } from '../../models/match.model';
import { EnumField, IdField, OptionalIdField } from '../../../../common/validation/input-fields';

/** A lowest score, 0-1, optional: every match list's filter. */
export const MinScoreField = () =>
  applyDecorators(
    Field(() => Float, { nullable: true, description: 'Only matches scoring at least this (0-1).' }),
    IsOptional(),
    Min(0, { message: 'minScore must be between 0 and 1' }),
    Max(1, { message: 'minScore must be between 0 and 1' }),
  );

@ArgsType()
export class MatchFilterArgs extends PageArgs {
  @EnumField(MatchKind, { optional: true })
  kind?: MatchKind;

  @MinScoreField()
  minScore?: number;

  @EnumField(MatchStatus, { optional: true })
  status?: MatchStatus;
}

@ArgsType()
export class MatchesForNeedArgs extends MatchFilterArgs {
  @IdField()
  needId: string;
}

@ArgsType()
export class MatchesForSeedArgs extends MatchFilterArgs {
  @IdField()
  seedId: string;
}

@ArgsType()
export class RegionMatchesArgs extends MatchFilterArgs {
  @OptionalIdField('One of your regions; default: all of them.')
  regionId?: string;
}
