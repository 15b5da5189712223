/** The error `run` throws, which must be a `type`: fails the test when it throws nothing or something else. */
export function thrownBy<E>(type: abstract new (...args: never[]) => E, run: () => unknown): E {
  try {
    run();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}`);
}
