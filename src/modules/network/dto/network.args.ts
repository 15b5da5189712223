import { ArgsType, Field, Float, ID, Int } from '@nestjs/graphql';
import { ArrayNotEmpty, IsArray, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { NETWORK_RELATIONSHIP_TYPES, NetworkNodeKind } from '../network-kinds';

export const NETWORK_LIMITS = {
  depth: { min: 1, max: 3, default: 1 },
  neighbourhoodLimit: { min: 1, max: 1000, default: 150 },
  regionLimit: { min: 1, max: 1000, default: 300 },
  maxLength: { min: 1, max: 8, default: 6 },
  top: { min: 1, max: 50, default: 10 },
} as const;

// Nullable with a default (as `Int = 1` in the SDL): an explicit null reaches validation and is refused there, naming the field.
const between = (field: string, { min, max }: { min: number; max: number }) => ({
  message: `${field} must be an integer from ${min} to ${max}`,
});

@ArgsType()
export class NetworkNeighbourhoodArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'nodeId must be a UUID' })
  nodeId: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: NETWORK_LIMITS.depth.default,
    description: 'Hops from the node, 1 to 3.',
  })
  @IsInt(between('depth', NETWORK_LIMITS.depth))
  @Min(NETWORK_LIMITS.depth.min, between('depth', NETWORK_LIMITS.depth))
  @Max(NETWORK_LIMITS.depth.max, between('depth', NETWORK_LIMITS.depth))
  depth: number;

  @Field(() => [NetworkNodeKind], { nullable: true, description: 'Only nodes of these kinds (default: every kind).' })
  @IsOptional()
  @IsArray({ message: 'nodeKinds must be a list' })
  @ArrayNotEmpty({ message: 'nodeKinds must not be empty (leave it out for every kind)' })
  @IsEnum(NetworkNodeKind, { each: true, message: 'nodeKinds must each be a NetworkNodeKind' })
  nodeKinds?: NetworkNodeKind[];

  @Field(() => [String], {
    nullable: true,
    description: `Only relationships of these types (default: all): ${NETWORK_RELATIONSHIP_TYPES.join(', ')}.`,
  })
  @IsOptional()
  @IsArray({ message: 'relationshipTypes must be a list' })
  @ArrayNotEmpty({ message: 'relationshipTypes must not be empty (leave it out for every type)' })
  @IsIn(NETWORK_RELATIONSHIP_TYPES, {
    each: true,
    message: `relationshipTypes must each be one of ${NETWORK_RELATIONSHIP_TYPES.join(', ')}`,
  })
  relationshipTypes?: string[];

  @Field(() => Int, {
    nullable: true,
    defaultValue: NETWORK_LIMITS.neighbourhoodLimit.default,
    description: 'Most nodes returned, 1 to 1000.',
  })
  @IsInt(between('limit', NETWORK_LIMITS.neighbourhoodLimit))
  @Min(NETWORK_LIMITS.neighbourhoodLimit.min, between('limit', NETWORK_LIMITS.neighbourhoodLimit))
  @Max(NETWORK_LIMITS.neighbourhoodLimit.max, between('limit', NETWORK_LIMITS.neighbourhoodLimit))
  limit: number;
}

@ArgsType()
export class RegionNetworkArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId: string;

  @Field(() => [NetworkNodeKind], { nullable: true, description: 'Only nodes of these kinds (default: every kind).' })
  @IsOptional()
  @IsArray({ message: 'nodeKinds must be a list' })
  @ArrayNotEmpty({ message: 'nodeKinds must not be empty (leave it out for every kind)' })
  @IsEnum(NetworkNodeKind, { each: true, message: 'nodeKinds must each be a NetworkNodeKind' })
  nodeKinds?: NetworkNodeKind[];

  @Field(() => Int, {
    nullable: true,
    defaultValue: NETWORK_LIMITS.regionLimit.default,
    description: 'Most nodes returned, 1 to 1000.',
  })
  @IsInt(between('limit', NETWORK_LIMITS.regionLimit))
  @Min(NETWORK_LIMITS.regionLimit.min, between('limit', NETWORK_LIMITS.regionLimit))
  @Max(NETWORK_LIMITS.regionLimit.max, between('limit', NETWORK_LIMITS.regionLimit))
  limit: number;
}

@ArgsType()
export class IntroductionPathArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'fromId must be a UUID' })
  fromId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'toId must be a UUID' })
  toId: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: NETWORK_LIMITS.maxLength.default,
    description: 'Most edges in the path, 1 to 8.',
  })
  @IsInt(between('maxLength', NETWORK_LIMITS.maxLength))
  @Min(NETWORK_LIMITS.maxLength.min, between('maxLength', NETWORK_LIMITS.maxLength))
  @Max(NETWORK_LIMITS.maxLength.max, between('maxLength', NETWORK_LIMITS.maxLength))
  maxLength: number;
}

@ArgsType()
export class RegionFiguresArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Score a match needs to count, 0 to 1 (default: MATCH_MIN_SCORE).',
  })
  @IsOptional()
  @Min(0, { message: 'minScore must be between 0 and 1' })
  @Max(1, { message: 'minScore must be between 0 and 1' })
  minScore?: number;

  @Field(() => Int, {
    nullable: true,
    defaultValue: NETWORK_LIMITS.top.default,
    description: 'Length of the rankings, 1 to 50.',
  })
  @IsInt(between('top', NETWORK_LIMITS.top))
  @Min(NETWORK_LIMITS.top.min, between('top', NETWORK_LIMITS.top))
  @Max(NETWORK_LIMITS.top.max, between('top', NETWORK_LIMITS.top))
  top: number;
}
