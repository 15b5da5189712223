import { Inject, Injectable } from '@nestjs/common';
import { RedisPubSub } from '../../../infra/redis/redis-pubsub';
import { LIVE_PUBSUB, LiveChannel, MatchStatusChangedEvent, MatchSuggestedEvent } from './match-live.events';

/**
 * Publishes live match events for GraphQL subscriptions. Called after the write committed; it
 * never fails the caller: the write stands whatever happens to its live event.
 */
@Injectable()
export class MatchLivePublisher {
  constructor(@Inject(LIVE_PUBSUB) private readonly pubsub: RedisPubSub) {}

  async suggested(matchIds: string[]): Promise<void> {
    await this.pubsub.publishAll(
      LiveChannel.MatchSuggested,
      matchIds.map((matchId) => ({ matchId }) satisfies MatchSuggestedEvent),
    );
  }

  async statusChanged(changes: MatchStatusChangedEvent[]): Promise<void> {
    await this.pubsub.publishAll(LiveChannel.MatchStatusChanged, changes);
  }
}
