import { Module } from '@nestjs/common';
import { RegionsRepository } from './regions.repository';
import { RegionsResolver } from './regions.resolver';
import { RegionsService } from './regions.service';

@Module({ providers: [RegionsRepository, RegionsService, RegionsResolver], exports: [RegionsService] })
export class RegionsModule {}
