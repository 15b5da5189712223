import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MatchStatus } from './match.model';

/** The orders of the coordinator's pipeline (matchPipeline), each then by id. */
export enum MatchPipelineSort {
  SCORE = 'SCORE',
  NEWEST = 'NEWEST',
  LAST_ACTIVITY = 'LAST_ACTIVITY',
}
registerEnumType(MatchPipelineSort, {
  name: 'MatchPipelineSort',
  description:
    'SCORE: the match score; NEWEST: when the matcher suggested it; LAST_ACTIVITY: its latest history event (its creation when it has none). The direction says which end comes first.',
});

@ObjectType({ description: 'How many matches of a pipeline filter are in one status.' })
export class MatchStatusCount {
  @Field(() => MatchStatus)
  status: MatchStatus;

  @Field(() => Int)
  count: number;
}
