import { AppError, ErrorCode } from '../../common/errors/app-error';
import { ImportFileErrorCode, RowPosition } from './import-rows';

/** The file as a whole is unusable (malformed, bad header, too large...): nothing was written. */
export class ImportFileRejectedError extends AppError {
  constructor(problem: ImportFileErrorCode, message: string, line: number | undefined, options?: { cause?: unknown }) {
    super(
      ErrorCode.BadUserInput,
      message,
      { field: 'content', problem, ...(line !== undefined ? { line } : {}) },
      options,
    );
  }
}

/** A node a row refers to was deleted between the check and the write: nothing was written. */
export class ImportChangedError extends AppError {
  constructor(expected: number, written: number) {
    super(
      ErrorCode.Conflict,
      `The network changed during the import (${expected - written} rows lost a referenced node); nothing was written, run it again`,
    );
  }
}

/**
 * A row passed every check but the graph refused it (a uniqueness constraint); the whole import
 * was rolled back. `row` is null when replaying the rows one by one did not reproduce the failure
 * (a concurrent write took the key and has since gone).
 */
export class ImportConstraintError extends AppError {
  constructor(row: RowPosition | null, options?: { cause?: unknown }) {
    super(
      ErrorCode.Conflict,
      row
        ? `The row at line ${row.line} (row ${row.record}) breaks a uniqueness constraint of the graph; nothing was written`
        : 'A row breaks a uniqueness constraint of the graph; nothing was written',
      row ? { line: row.line, record: row.record } : undefined,
      options,
    );
  }
}
