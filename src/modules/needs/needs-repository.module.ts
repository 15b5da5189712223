import { Module } from '@nestjs/common';
import { NeedsRepository } from './needs.repository';

/**
 * The needs repository alone, for the modules that write needs (the API's NeedsModule and the bulk
 * import), so it is provided once, and the import's CLI context can have it without the queues.
 */
@Module({ providers: [NeedsRepository], exports: [NeedsRepository] })
export class NeedsRepositoryModule {}
