import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from '../errors/app-error';

/**
 * Hands an expected, coded error (NOT_FOUND, FORBIDDEN, BAD_USER_INPUT ...) back to GraphQL as it
 * is, for formatGraphQLError to shape. Without a filter Nest's default handler logs every such
 * error at ERROR level with its stack, burying real failures; anything else still reaches it.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(exception: AppError): AppError {
    return exception;
  }
}
