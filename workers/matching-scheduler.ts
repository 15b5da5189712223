import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../src/config/config.module';
import { AppConfig } from '../src/config/app-config';
import { MatchingProducer } from '../src/modules/matching/matching.producer';

/**
 * Registers the periodic reconciliation (an idempotent upsert: any number of workers may do it) and
 * runs one at boot, so what was written while no worker ran is matched at once.
 *
 * It registers it again every interval: a Redis that lost its data (restarted without persistence,
 * a failover to an empty replica) also lost the schedule, and reconciliation, the one thing that
 * matches what was written while Redis was away, would never run again.
 */
@Injectable()
export class MatchingScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MatchingScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly producer: MatchingProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.matching.reconcileIntervalMs;
    await this.producer.scheduleReconcile(every);
    this.logger.log(`Reconciliation scheduled every ${every} ms`);
    this.timer = setInterval(() => {
      this.producer
        .scheduleReconcile(every)
        .catch((error: Error) =>
          this.logger.warn(`Could not re-register reconciliation (${error.message}); will try again`),
        );
    }, every);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
