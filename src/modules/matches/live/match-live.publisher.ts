import { Inject, Injectable, Logger } from '@nestjs/common';
import { RedisPubSub } from '../../../infra/redis/redis-pubsub';
import { LIVE_PUBSUB, LiveChannel, MatchStatusChangedEvent, MatchSuggestedEvent } from './match-live.events';

/**
 * Publishes live match events for GraphQL subscriptions. Called after the write committed; it
 * never fails the caller: the write stands whatever happens to its live event.
 */
@Injectable()
export class MatchLivePublisher {
  private readonly logger = new Logger(MatchLivePublisher.name);

  constructor(@Inject(LIVE_PUBSUB) private readonly pubsub: RedisPubSub) {}

  async suggested(matchIds: string[]): Promise<void> {
    await this.publishAll(
      LiveChannel.MatchSuggested,
      matchIds.map((matchId) => ({ matchId }) satisfies MatchSuggestedEvent),
    );
  }

  async statusChanged(changes: MatchStatusChangedEvent[]): Promise<void> {
    await this.publishAll(LiveChannel.MatchStatusChanged, changes);
  }

  private async publishAll(channel: string, payloads: unknown[]): Promise<void> {
    try {
      await Promise.all(payloads.map((payload) => this.pubsub.publish(channel, payload)));
    } catch (error) {
      this.logger.warn(`Could not publish ${payloads.length} live event(s) on ${channel}: ${(error as Error).message}`);
    }
  }
}
