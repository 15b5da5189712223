import { Module } from '@nestjs/common';
import { SeedsRepository } from './seeds.repository';

/**
 * The seeds repository alone, for the modules that write seeds (the API's SeedsModule and the bulk
 * import), so it is provided once, and the import's CLI context can have it without the queues.
 */
@Module({ providers: [SeedsRepository], exports: [SeedsRepository] })
export class SeedsRepositoryModule {}
