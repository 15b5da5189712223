import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG } from '../src/config/config.module';
import { AppConfig } from '../src/config/app-config';
import { MatchingProducer } from '../src/modules/matching/matching.producer';

/**
 * Registers the periodic reconciliation (an idempotent upsert: any number of workers may do it) and
 * runs one at boot, so what was written while no worker ran is matched at once.
 */
@Injectable()
export class MatchingScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(MatchingScheduler.name);

  constructor(
    private readonly producer: MatchingProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.matching.reconcileIntervalMs;
    await this.producer.scheduleReconcile(every);
    this.logger.log(`Reconciliation scheduled every ${every} ms`);
  }
}
