import { NotFoundError } from '../../common/errors/app-error';

export class ConsortiumNotFoundError extends NotFoundError('consortium') {}

/** Members are organizations or researchers: an id that is neither is unknown. */
export class MemberNotFoundError extends NotFoundError('organization or researcher', 'memberId') {}
