import { Module } from '@nestjs/common';
import { NeedsModule } from '../needs/needs.module';
import { SeedsModule } from '../seeds/seeds.module';
import { NetworkRepository } from './network.repository';
import { NetworkResolver } from './network.resolver';
import { NetworkService } from './network.service';

/** The network explorer's graph queries: neighbourhoods, region networks, introduction paths, figures. */
@Module({
  imports: [NeedsModule, SeedsModule],
  providers: [NetworkRepository, NetworkService, NetworkResolver],
})
export class NetworkModule {}
