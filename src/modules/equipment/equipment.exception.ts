import { AppError, ErrorCode } from '../../common/errors/app-error';
import { EQUIPMENT_HOST_KINDS } from './models/equipment.model';

export class EquipmentNotFoundError extends AppError {
  constructor(id: string, field = 'id') {
    super(ErrorCode.NotFound, `No equipment with id ${id}`, { field });
  }
}

export class SupportStaffNotFoundError extends AppError {
  constructor(id: string, field = 'id') {
    super(ErrorCode.NotFound, `No support staff with id ${id}`, { field });
  }
}

export class HostNotFoundError extends AppError {
  constructor(id: string) {
    super(ErrorCode.NotFound, `No organization with id ${id}`, { field: 'hostId' });
  }
}

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
