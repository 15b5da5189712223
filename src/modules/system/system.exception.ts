import { AppError, ErrorCode } from '../../common/errors/app-error';

export class WorkersUnavailableError extends AppError {
  constructor(waitedMs: number, cause?: unknown) {
    super(
      ErrorCode.ServiceUnavailable,
      `No worker answered within ${waitedMs} ms; check that \`npm run worker\` is running against the same REDIS_URL and QUEUE_PREFIX`,
      undefined,
      { cause },
    );
  }
}
