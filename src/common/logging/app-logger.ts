import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';

const ORDER: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Nest's logger in JSON lines (one object a line: level, context, message, timestamp) or text. */
export function createAppLogger(config: AppConfig['log'], prefix = 'musubi'): ConsoleLogger {
  return new ConsoleLogger({
    json: config.format === 'json',
    colors: config.format === 'text' && Boolean(process.stdout.isTTY),
    logLevels: ORDER.slice(0, ORDER.indexOf(config.level) + 1),
    prefix,
  });
}
