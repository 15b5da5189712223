import { ArgsType, Field, InputType, IntersectionType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsOptional,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../../../common/graphql/pagination';
import { EnumField, KeywordArg, OptionalIdField, SortArg } from '../../../../common/validation/input-fields';
import { MatchPipelineSort } from '../../models/match-pipeline.model';
import { MatchKind, MatchStatus } from '../../models/match.model';
import { MinScoreField } from './match.args';

const STATUS_COUNT = Object.keys(MatchStatus).length;

/** Which matches of the pipeline to show; every field narrows, none sent means every match you may act on. */
@InputType()
export class MatchPipelineFilter {
  @OptionalIdField('One of your regions (admins: any); default: all of them. FORBIDDEN for a region you do not cover.')
  regionId?: string;

  @OptionalIdField("One need's matches (a need of your regions).")
  needId?: string;

  @OptionalIdField("The matches of one company's needs (a company of your regions).")
  companyId?: string;

  @EnumField(MatchKind, { optional: true })
  kind?: MatchKind;

  @MinScoreField()
  minScore?: number;

  @Field(() => [MatchStatus], { nullable: true, description: 'Only matches in one of these statuses.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'statuses must name at least one status (leave it out for all)' })
  @ArrayMaxSize(STATUS_COUNT, { message: `statuses must name at most ${STATUS_COUNT} statuses` })
  @ArrayUnique({ message: 'statuses must name each status once' })
  @IsEnum(MatchStatus, { each: true, message: 'statuses must be MatchStatus values' })
  statuses?: MatchStatus[];

  @OptionalIdField('Only matches assigned to this coordinator (assignMatch).')
  assigneeId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only matches assigned to you (coordinators; not with assigneeId).',
  })
  @IsOptional()
  @IsBoolean({ message: 'assignedToMe must be true or false' })
  assignedToMe?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Only stalled matches: STALLED ones, and those in INTRODUCED or MEETING_HELD without activity for MATCH_STALLED_AFTER_DAYS (the next stalled detection flags them).',
  })
  @IsOptional()
  @IsBoolean({ message: 'stalledOnly must be true or false' })
  stalledOnly?: boolean;

  @KeywordArg(
    "Words in the need's title or the target's title (a seed's title, a piece of equipment's or a researcher's name), ignoring case and full- or half-width forms.",
  )
  search?: string;
}

/** The pipeline's filter alone (matchPipelineCounts). */
@ArgsType()
export class MatchPipelineCountsArgs {
  @Field(() => MatchPipelineFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchPipelineFilter)
  filter?: MatchPipelineFilter;
}

/** A page of the pipeline: the filter, then the order and the page. */
@ArgsType()
export class MatchPipelineArgs extends IntersectionType(MatchPipelineCountsArgs, PageArgs, ArgsType) {
  @SortArg(MatchPipelineSort, MatchPipelineSort.SCORE)
  sort: MatchPipelineSort = MatchPipelineSort.SCORE;
}
