import { APP_FILTER } from '@nestjs/core';
import { AppErrorFilter } from './app-error.filter';
import { Module } from '@nestjs/common';
import { AuthModule } from '../../modules/auth/auth.module';
import { RequestLimitsPlugin } from './request-limits.plugin';

@Module({ imports: [AuthModule], providers: [RequestLimitsPlugin, { provide: APP_FILTER, useClass: AppErrorFilter }] })
export class GraphQLLimitsModule {}
