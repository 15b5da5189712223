import { Global, Module } from '@nestjs/common';
import { MatchingProducer } from './matching.producer';

/**
 * A leaf module: the producer only. The modules whose writes change what matches (needs, seeds,
 * researchers, equipment) import it; it imports none of them, so there is no cycle. Global, so a
 * CLI context built without queues (npm run import) can leave the producer out: whoever takes it
 * as @Optional() then relies on the reconciliation job instead.
 */
@Global()
@Module({ providers: [MatchingProducer], exports: [MatchingProducer] })
export class MatchingJobsModule {}
