import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { catchError, Observable, throwError, timeout, TimeoutError } from 'rxjs';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AppError, ErrorCode } from '../errors/app-error';

/**
 * A deadline for each GraphQL operation's root resolver: past GRAPHQL_RESOLVER_TIMEOUT_MS the client
 * gets SERVICE_UNAVAILABLE rather than a request that hangs (while Neo4j restarts, a query can wait
 * on a connection the driver has not yet given up). The work itself is not cancelled: a write that
 * commits later is still a complete write, never a half-written one.
 */
@Injectable()
export class ResolverTimeoutInterceptor implements NestInterceptor {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<{ parentType?: { name: string } }>();
    const root = ['Query', 'Mutation'].includes(info?.parentType?.name ?? '');
    if (!root) return next.handle();
    const ms = this.config.graphql.resolverTimeoutMs;
    return next.handle().pipe(
      timeout(ms),
      catchError((error: unknown) =>
        throwError(() =>
          error instanceof TimeoutError
            ? new AppError(
                ErrorCode.ServiceUnavailable,
                `The operation did not finish within ${ms} ms (waiting on the database or the queue); try again shortly`,
              )
            : error,
        ),
      ),
    );
  }
}
