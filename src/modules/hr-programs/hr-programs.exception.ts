import { AppError, ErrorCode, NotFoundError } from '../../common/errors/app-error';

export class HrProgramNotFoundError extends NotFoundError('human-resource program') {}

/** Participants are researchers, contacts or support staff: an id that is none of them is unknown. */
export class ParticipantNotFoundError extends NotFoundError('researcher, contact or support staff', 'personId') {}

/**
 * An update whose endDate would fall before the startDate (one of them sent, the other stored).
 * Shaped like the validation pipe's errors, so clients read every BAD_USER_INPUT the same way.
 */
export class EndDateBeforeStartDateError extends AppError {
  constructor(startDate: string, endDate: string) {
    const rule = `endDate must not be before startDate (${endDate} is before ${startDate})`;
    super(ErrorCode.BadUserInput, rule, { fields: ['endDate'], rules: [{ field: 'endDate', rules: [rule] }] });
  }
}
