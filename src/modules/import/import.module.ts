import { Module } from '@nestjs/common';
import { ImportRepository } from './import.repository';
import { ImportResolver } from './import.resolver';
import { ImportService } from './import.service';

@Module({ providers: [ImportRepository, ImportService, ImportResolver], exports: [ImportService] })
export class ImportModule {}
