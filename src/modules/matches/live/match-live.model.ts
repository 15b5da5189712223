import { Field, ObjectType } from '@nestjs/graphql';
import { Match, MatchStatus } from '../models/match.model';

@ObjectType({ description: "A status change of one of the company's shared matches." })
export class SharedMatchChange {
  @Field(() => MatchStatus)
  from: MatchStatus;

  @Field(() => MatchStatus, { description: 'The status the change moved to (the match may have moved on since).' })
  to: MatchStatus;

  @Field(() => Match, { description: 'The match as it is when the change is delivered.' })
  match: Match;
}
