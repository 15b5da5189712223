import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../src/config/app-config';
import { ConfigModule } from '../src/config/config.module';
import { Neo4jModule } from '../src/infra/neo4j/neo4j.module';
import { JOB_PROCESSORS } from '../src/infra/queue/job-processor';
import { QueueModule } from '../src/infra/queue/queue.module';
import { RedisModule } from '../src/infra/redis/redis.module';
import { MatchingWorkerModule } from '../src/modules/matching/matching-worker.module';
import { MatchingScheduler } from './matching-scheduler';
import { MATCHING_PROCESSORS } from './processors/matching.processors';
import { MATCH_REVIEW_PROCESSORS } from './processors/match-review.processors';
import { MatchesWorkerModule } from '../src/modules/matches/matches-worker.module';
import { SystemPingProcessor } from './processors/system-ping.processor';
import { EQUIPMENT_USE_PROCESSORS } from './processors/equipment-use.processors';
import { EquipmentUseWorkerModule } from '../src/modules/equipment-use/equipment-use-worker.module';
import { LiveEventsModule } from '../src/modules/matches/live/live-events.module';
import { NotificationRetentionModule } from '../src/modules/notifications/notification-retention.module';
import { NOTIFICATION_PROCESSORS } from './processors/notification.processors';
import { WorkerHost } from './worker-host';

const PROCESSORS = [
  SystemPingProcessor,
  ...MATCHING_PROCESSORS,
  ...MATCH_REVIEW_PROCESSORS,
  ...EQUIPMENT_USE_PROCESSORS,
  ...NOTIFICATION_PROCESSORS,
];

/** The worker process: the same config and infrastructure modules as the API, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        Neo4jModule,
        RedisModule,
        QueueModule,
        MatchingWorkerModule,
        MatchesWorkerModule,
        EquipmentUseWorkerModule,
        NotificationRetentionModule,
        LiveEventsModule,
      ],
      providers: [
        MatchingScheduler,
        ...PROCESSORS,
        { provide: JOB_PROCESSORS, inject: PROCESSORS, useFactory: (...all: unknown[]) => all },
        WorkerHost,
      ],
    };
  }
}
