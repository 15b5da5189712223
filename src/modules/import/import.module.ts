import { Module } from '@nestjs/common';
import { NeedsRepositoryModule } from '../needs/needs-repository.module';
import { SeedsRepositoryModule } from '../seeds/seeds-repository.module';
import { ImportRepository } from './import.repository';
import { ImportResolver } from './import.resolver';
import { ImportService } from './import.service';

/** Writes through the needs and seeds repositories, the API's own create statements. */
@Module({
  imports: [NeedsRepositoryModule, SeedsRepositoryModule],
  providers: [ImportRepository, ImportService, ImportResolver],
  exports: [ImportService],
})
export class ImportModule {}
