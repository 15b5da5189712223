import { AppError, ErrorCode, NotFoundError } from '../../common/errors/app-error';
import { EQUIPMENT_HOST_KINDS } from './models/equipment.model';

export class EquipmentNotFoundError extends NotFoundError('equipment') {}

export class SupportStaffNotFoundError extends NotFoundError('support staff') {}

export class HostNotFoundError extends NotFoundError('organization', 'hostId') {}

export class NotAnEquipmentHostError extends AppError {
  constructor(id: string, kind: string) {
    super(
      ErrorCode.BadUserInput,
      `Organization ${id} is a ${kind}; equipment is hosted by a ${EQUIPMENT_HOST_KINDS.join(' or ')}`,
      { field: 'hostId' },
    );
  }
}

export class StaffNotAtHostError extends AppError {
  constructor(staffId: string, equipmentId: string) {
    super(
      ErrorCode.BadUserInput,
      `Support staff ${staffId} does not work at the organization hosting equipment ${equipmentId}`,
      { field: 'staffId' },
    );
  }
}
