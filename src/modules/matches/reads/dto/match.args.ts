import { ArgsType, Field, Float, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageArgs } from '../../../../common/graphql/pagination';
import { MatchKind, MatchStatus } from '../../models/match.model';

@ArgsType()
export class MatchFilterArgs extends PageArgs {
  @Field(() => MatchKind, { nullable: true })
  @IsOptional()
  @IsEnum(MatchKind)
  kind?: MatchKind;

  @Field(() => Float, { nullable: true, description: 'Only matches scoring at least this (0-1).' })
  @IsOptional()
  @Min(0, { message: 'minScore must be between 0 and 1' })
  @Max(1, { message: 'minScore must be between 0 and 1' })
  minScore?: number;

  @Field(() => MatchStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MatchStatus)
  status?: MatchStatus;
}

@ArgsType()
export class MatchesForNeedArgs extends MatchFilterArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'needId must be a UUID' })
  needId: string;
}

@ArgsType()
export class MatchesForSeedArgs extends MatchFilterArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'seedId must be a UUID' })
  seedId: string;
}

@ArgsType()
export class RegionMatchesArgs extends MatchFilterArgs {
  @Field(() => ID, { nullable: true, description: 'One of your regions; default: all of them.' })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string;
}
