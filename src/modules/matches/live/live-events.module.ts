import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../../../config/config.module';
import { AppConfig } from '../../../config/app-config';
import { REDIS_CLIENT } from '../../../infra/redis/redis.module';
import { RedisPubSub } from '../../../infra/redis/redis-pubsub';
import { LIVE_PUBSUB } from './match-live.events';
import { NotificationPublisher } from '../../notifications/notification.publisher';
import { MatchLivePublisher } from './match-live.publisher';

/**
 * Live events for GraphQL subscriptions (matches, and notifications: NotificationPublisher), in the
 * API and the workers alike: publishing goes through the shared fail-fast producer connection; the
 * subscriber connection is made only by a process that subscribes (the API).
 */
@Global()
@Module({
  providers: [
    {
      provide: LIVE_PUBSUB,
      inject: [APP_CONFIG, REDIS_CLIENT],
      useFactory: (config: AppConfig, redis: Redis) => new RedisPubSub(config.redis.url, config.queue.prefix, redis),
    },
    MatchLivePublisher,
    NotificationPublisher,
  ],
  exports: [LIVE_PUBSUB, MatchLivePublisher, NotificationPublisher],
})
export class LiveEventsModule implements OnApplicationShutdown {
  constructor(@Inject(LIVE_PUBSUB) private readonly pubsub: RedisPubSub) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pubsub.close();
  }
}
