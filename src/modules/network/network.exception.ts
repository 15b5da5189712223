import { AppError, ErrorCode } from '../../common/errors/app-error';

/** No network node with this id that the viewer may see (a hidden need or seed answers the same). */
export class NetworkNodeNotFoundError extends AppError {
  constructor(id: string, field: string) {
    super(ErrorCode.NotFound, `No network node with id ${id}`, { field });
  }
}
