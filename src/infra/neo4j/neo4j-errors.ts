import { Neo4jError } from 'neo4j-driver';

/** A write broke a uniqueness constraint: told by the error code, never by message text. */
export const isConstraintViolation = (error: unknown): boolean =>
  error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
