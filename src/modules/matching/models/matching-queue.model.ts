import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Jobs of the matching queue, by state.' })
export class MatchingQueueCounts {
  @Field(() => Int) waiting: number;
  @Field(() => Int) active: number;
  @Field(() => Int) delayed: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) failed: number;
}

@ObjectType({ description: 'A matching job that failed (kept for inspection).' })
export class FailedMatchJob {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() failedReason: string;
  @Field(() => Int) attemptsMade: number;
  @Field({ description: 'The payload, as JSON (ids only).' }) data: string;
  @Field({ nullable: true }) finishedAt?: Date;
}

@ObjectType()
export class MatchingQueueStatus {
  @Field(() => MatchingQueueCounts) counts: MatchingQueueCounts;
  @Field(() => [FailedMatchJob]) failed: FailedMatchJob[];
}
