import { EquipmentUseStatus } from './models/equipment-use.model';

const S = EquipmentUseStatus;

/** Who takes a step: the host side (support staff of the equipment, the host region's coordinators, admins) or the asking company. */
export enum UseSide {
  HOST = 'HOST',
  COMPANY = 'COMPANY',
}

/**
 * The allowed transitions and the side that takes each. The company answers a proposed time by
 * accepting it (APPROVED) or declining it (back to REQUESTED, where the host may propose again or
 * refuse). REFUSED and CANCELLED are final; an APPROVED use can still be cancelled by the company.
 */
export const USE_TRANSITIONS: Record<EquipmentUseStatus, Partial<Record<EquipmentUseStatus, UseSide>>> = {
  [S.REQUESTED]: {
    [S.APPROVED]: UseSide.HOST,
    [S.TIME_PROPOSED]: UseSide.HOST,
    [S.REFUSED]: UseSide.HOST,
    [S.CANCELLED]: UseSide.COMPANY,
  },
  [S.TIME_PROPOSED]: {
    [S.APPROVED]: UseSide.COMPANY,
    [S.REQUESTED]: UseSide.COMPANY,
    [S.REFUSED]: UseSide.HOST,
    [S.CANCELLED]: UseSide.COMPANY,
  },
  [S.APPROVED]: { [S.CANCELLED]: UseSide.COMPANY },
  [S.REFUSED]: {},
  [S.CANCELLED]: {},
};

export interface UseTransitionRequest {
  from: EquipmentUseStatus;
  to: EquipmentUseStatus;
  proposedFrom?: Date | null;
  proposedTo?: Date | null;
  refusalReason?: string | null;
}

export interface UseTransitionProblem {
  field: 'to' | 'proposedFrom' | 'proposedTo' | 'refusalReason';
  message: string;
}

/** The side that may move a request from `from` to `to`, or null when the move is not allowed at all. */
export function sideOf(from: EquipmentUseStatus, to: EquipmentUseStatus): UseSide | null {
  return USE_TRANSITIONS[from][to] ?? null;
}

/** Why a transition is refused, naming the argument at fault; null when it is allowed. */
export function useTransitionProblem(request: UseTransitionRequest): UseTransitionProblem | null {
  const { from, to } = request;
  if (!sideOf(from, to)) {
    const allowed = Object.keys(USE_TRANSITIONS[from]);
    return {
      field: 'to',
      message:
        `An equipment use request cannot go from ${from} to ${to}` +
        (allowed.length ? ` (from ${from}: ${allowed.join(', ')})` : ` (${from} is final)`),
    };
  }
  const proposing = to === S.TIME_PROPOSED;
  if (proposing && !request.proposedFrom)
    return { field: 'proposedFrom', message: 'Proposing a time needs proposedFrom and proposedTo' };
  if (proposing && !request.proposedTo)
    return { field: 'proposedTo', message: 'Proposing a time needs proposedFrom and proposedTo' };
  if (proposing && request.proposedTo!.getTime() <= request.proposedFrom!.getTime()) {
    return { field: 'proposedTo', message: 'proposedTo must be after proposedFrom' };
  }
  if (!proposing && (request.proposedFrom || request.proposedTo)) {
    return {
      field: request.proposedFrom ? 'proposedFrom' : 'proposedTo',
      message: 'A proposed period is only for TIME_PROPOSED',
    };
  }
  if (to === S.REFUSED && !request.refusalReason)
    return { field: 'refusalReason', message: 'Refusing needs a refusalReason' };
  if (to !== S.REFUSED && request.refusalReason)
    return { field: 'refusalReason', message: 'refusalReason is only for REFUSED' };
  return null;
}
