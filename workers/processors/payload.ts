import { UnrecoverableError } from 'bullmq';
import { MATCH_TARGET_KINDS, MatchTargetKind } from '../../src/modules/matching/engine/match-target-kind';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks of job payloads. A payload that breaks one can never succeed, so it fails the job at once
 * (UnrecoverableError: no retries), naming the field and the rule.
 */
export function payloadObject(data: unknown): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UnrecoverableError('payload must be an object');
  }
  return data as Record<string, unknown>;
}

export function uuidField(data: Record<string, unknown>, field: string): string {
  const value = data[field];
  if (typeof value !== 'string' || !UUID.test(value)) throw new UnrecoverableError(`payload.${field} must be a UUID`);
  return value;
}

export function kindField<K extends string>(data: Record<string, unknown>, field: string, allowed: readonly K[]): K {
  const value = data[field];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UnrecoverableError(`payload.${field} must be one of ${allowed.join(', ')}`);
  }
  return value as K;
}

export function uuidListField(data: Record<string, unknown>, field: string, min: number, max: number): string[] {
  const value = data[field];
  if (
    !Array.isArray(value) ||
    value.length < min ||
    value.length > max ||
    !value.every((v) => typeof v === 'string' && UUID.test(v))
  ) {
    throw new UnrecoverableError(`payload.${field} must be a list of ${min} to ${max} UUIDs`);
  }
  return value as string[];
}

export const TARGET_KINDS: readonly MatchTargetKind[] = MATCH_TARGET_KINDS;
export const CLEANUP_KINDS = ['NEED', ...MATCH_TARGET_KINDS] as const;
