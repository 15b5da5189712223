import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { AppErrorFilter } from '../../common/graphql/app-error.filter';
import { Module } from '@nestjs/common';
import { AuthModule } from '../../modules/auth/auth.module';
import { RequestLimitsPlugin } from './request-limits.plugin';
import { ResolverTimeoutInterceptor } from '../../common/graphql/resolver-timeout.interceptor';

/**
 * What guards every GraphQL request of the API: the request limits (depth, aliases, cost, rate per
 * user), the one error filter, and the resolver timeout.
 */
@Module({
  imports: [AuthModule],
  providers: [
    RequestLimitsPlugin,
    { provide: APP_FILTER, useClass: AppErrorFilter },
    { provide: APP_INTERCEPTOR, useClass: ResolverTimeoutInterceptor },
  ],
})
export class GraphQLLimitsModule {}
