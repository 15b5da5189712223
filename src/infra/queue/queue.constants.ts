import type { MatchTargetKind } from '../../modules/matching/engine/match-target-kind';
/**
 * The one typed place for queues, job names and payloads. A job is named after the processor class
 * that handles it; its payload type stands next to it. Payloads carry ids only: a private need's
 * text does not belong in Redis.
 */
export enum QueueName {
  System = 'system',
  Matching = 'matching',
  Notifications = 'notifications',
}

export const JobName = {
  SystemPing: 'SystemPingProcessor',
  MatchNeed: 'MatchNeedProcessor',
  TargetChanged: 'TargetChangedProcessor',
  MatchCleanup: 'MatchCleanupProcessor',
  MatchRebuild: 'MatchRebuildProcessor',
  MatchReconcile: 'MatchReconcileProcessor',
  NetworkChanged: 'NetworkChangedProcessor',
  MatchStalled: 'MatchStalledProcessor',
  MatchNotify: 'MatchNotifyProcessor',
  EquipmentUseNotify: 'EquipmentUseNotifyProcessor',
  NotificationPrune: 'NotificationPruneProcessor',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

/** Which queue each job goes to; the worker refuses to boot when a job here has no processor. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SystemPing]: QueueName.System,
  [JobName.MatchNeed]: QueueName.Matching,
  [JobName.TargetChanged]: QueueName.Matching,
  [JobName.MatchCleanup]: QueueName.Matching,
  [JobName.MatchRebuild]: QueueName.Matching,
  [JobName.MatchReconcile]: QueueName.Matching,
  [JobName.NetworkChanged]: QueueName.Matching,
  // Stalled detection shares the matching queue: it is short, hourly, and about the same matches.
  [JobName.MatchStalled]: QueueName.Matching,
  // Its own queue: a slow or failing delivery retries without holding up matching.
  [JobName.MatchNotify]: QueueName.Notifications,
  [JobName.EquipmentUseNotify]: QueueName.Notifications,
  [JobName.NotificationPrune]: QueueName.Notifications,
};

export interface SystemPingPayload {
  requestId: string;
}

export interface SystemPingResult {
  requestId: string;
  workerId: string;
  answeredAt: string;
}

/** Recompute one need's matches from its latest text. */
export interface MatchNeedPayload {
  needId: string;
}

/** A seed, piece of equipment or researcher profile was created or changed: re-match the needs it may affect. */
export interface TargetChangedPayload {
  kind: MatchTargetKind;
  targetId: string;
}

/** A need or target was deleted: drop its untouched matches, keep acted-on ones as stale. */
export interface MatchCleanupPayload {
  kind: 'NEED' | MatchTargetKind;
  id: string;
}

/**
 * A link that introduction paths run through (a coordinator's acquaintance, a consortium
 * membership) was added or removed: re-match the needs whose paths it may change.
 */
export interface NetworkChangedPayload {
  /** The two ends of the link (1 to 2 ids). */
  nodeIds: string[];
}

/** Re-match every open need (npm run match:rebuild). */
export interface MatchRebuildPayload {
  requestedBy: string;
}

/** Find needs and targets edited after their matches were computed and enqueue them again. */
export type MatchReconcilePayload = Record<string, never>;

/** Flag matches idle in INTRODUCED or MEETING_HELD for MATCH_STALLED_AFTER_DAYS (scheduled hourly). */
export type MatchStalledPayload = Record<string, never>;

/** Tell the coordinators (and, once shared, the company) about one match event. */
export interface MatchNotifyPayload {
  eventId: string;
}

/** Tell the company, the equipment's support staff and the host region's coordinators about one use request event. */
export interface EquipmentUseNotifyPayload {
  eventId: string;
}

/** Delete in-app notifications older than NOTIFICATION_RETENTION_DAYS (scheduled hourly). */
export type NotificationPrunePayload = Record<string, never>;
