import { Module } from '@nestjs/common';
import { AuthModule } from '../../modules/auth/auth.module';
import { RequestLimitsPlugin } from './request-limits.plugin';

@Module({ imports: [AuthModule], providers: [RequestLimitsPlugin] })
export class GraphQLLimitsModule {}
