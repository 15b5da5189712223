import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, Float, Int } from '@nestjs/graphql';
import { ArrayNotEmpty, IsArray, IsEnum, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IdField } from '../../../common/validation/input-fields';
import { NETWORK_RELATIONSHIP_TYPES, NetworkNodeKind } from '../network-kinds';

export const NETWORK_LIMITS = {
  depth: { min: 1, max: 3, default: 1 },
  neighbourhoodLimit: { min: 1, max: 1000, default: 150 },
  regionLimit: { min: 1, max: 1000, default: 300 },
  maxLength: { min: 1, max: 8, default: 6 },
  top: { min: 1, max: 50, default: 10 },
} as const;

/**
 * An integer from `min` to `max`. Nullable with a default (as `Int = 1` in the SDL): an explicit
 * null reaches validation and is refused there, naming the field.
 */
function IntArg(limits: { min: number; max: number; default: number }, description: string): PropertyDecorator {
  return (target, property) => {
    const between = { message: `${String(property)} must be an integer from ${limits.min} to ${limits.max}` };
    applyDecorators(
      Field(() => Int, { nullable: true, defaultValue: limits.default, description }),
      IsInt(between),
      Min(limits.min, between),
      Max(limits.max, between),
    )(target, property);
  };
}

/** Only nodes of some kinds: absent for every kind, never an empty list. */
function NodeKindsArg(): PropertyDecorator {
  return applyDecorators(
    Field(() => [NetworkNodeKind], { nullable: true, description: 'Only nodes of these kinds (default: every kind).' }),
    IsOptional(),
    IsArray({ message: 'nodeKinds must be a list' }),
    ArrayNotEmpty({ message: 'nodeKinds must not be empty (leave it out for every kind)' }),
    IsEnum(NetworkNodeKind, { each: true, message: 'nodeKinds must each be a NetworkNodeKind' }),
  );
}

@ArgsType()
export class NetworkNeighbourhoodArgs {
  @IdField()
  nodeId: string;

  @IntArg(NETWORK_LIMITS.depth, 'Hops from the node, 1 to 3.')
  depth: number;

  @NodeKindsArg()
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

  @IntArg(NETWORK_LIMITS.neighbourhoodLimit, 'Most nodes returned, 1 to 1000.')
  limit: number;
}

@ArgsType()
export class RegionNetworkArgs {
  @IdField()
  regionId: string;

  @NodeKindsArg()
  nodeKinds?: NetworkNodeKind[];

  @IntArg(NETWORK_LIMITS.regionLimit, 'Most nodes returned, 1 to 1000.')
  limit: number;
}

@ArgsType()
export class IntroductionPathArgs {
  @IdField()
  fromId: string;

  @IdField()
  toId: string;

  @IntArg(NETWORK_LIMITS.maxLength, 'Most edges in the path, 1 to 8.')
  maxLength: number;
}

@ArgsType()
export class RegionFiguresArgs {
  @IdField()
  regionId: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Score a match needs to count, 0 to 1 (default: MATCH_MIN_SCORE).',
  })
  @IsOptional()
  @Min(0, { message: 'minScore must be between 0 and 1' })
  @Max(1, { message: 'minScore must be between 0 and 1' })
  minScore?: number;

  @IntArg(NETWORK_LIMITS.top, 'Length of the rankings, 1 to 50.')
  top: number;
}
