/**
 * The one typed place for queues, job names and payloads. A job is named after the processor class
 * that handles it; its payload type stands next to it. Payloads carry ids only: a private need's
 * text does not belong in Redis.
 */
export enum QueueName {
  System = 'system',
}

export const JobName = {
  SystemPing: 'SystemPingProcessor',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

/** Which queue each job goes to; the worker refuses to boot when a job here has no processor. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SystemPing]: QueueName.System,
};

export interface SystemPingPayload {
  requestId: string;
  correlationId?: string;
}

export interface SystemPingResult {
  requestId: string;
  workerId: string;
  answeredAt: string;
}
