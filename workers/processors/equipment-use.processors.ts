import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobProcessor } from '../../src/infra/queue/job-processor';
import { JobName } from '../../src/infra/queue/queue.constants';
import { EquipmentUseNotificationService } from '../../src/modules/equipment-use/equipment-use-notification.service';
import { payloadObject, uuidField } from './payload';

/** Tells both sides of an equipment use request about one of its events (see useRecipientsOf). */
@Injectable()
export class EquipmentUseNotifyProcessor implements JobProcessor {
  readonly jobName = JobName.EquipmentUseNotify;
  constructor(private readonly notifications: EquipmentUseNotificationService) {}

  handle(job: Job) {
    return this.notifications.notifyEvent(uuidField(payloadObject(job.data), 'eventId'));
  }
}

export const EQUIPMENT_USE_PROCESSORS = [EquipmentUseNotifyProcessor];
