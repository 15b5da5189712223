import { AppError } from './app-error';

/** Names the argument in a NOT_FOUND raised by another module's lookup (which says `id`). */
export async function asArgument<T>(field: string, lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof AppError && error.details?.field === 'id') {
      throw new AppError(error.code, error.message, { ...error.details, field }, { cause: error });
    }
    throw error;
  }
}
