import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { ConsortiumsRepository } from './consortiums.repository';
import { ConsortiumsResolver } from './consortiums.resolver';
import { ConsortiumsService } from './consortiums.service';

@Module({
  imports: [RegionsModule],
  providers: [ConsortiumsRepository, ConsortiumsService, ConsortiumsResolver],
  exports: [ConsortiumsService],
})
export class ConsortiumsModule {}
