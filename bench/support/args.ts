/** A numeric option `--name N`, or its default, checked against its rule (named in the error). */
export const numberArg = (name: string, fallback: number, valid: (value: number) => boolean, rule: string): number => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || !valid(value)) throw new Error(`--${name} must be ${rule}`);
  return value;
};

/** A positive numeric option `--name N`, or its default. */
export const positiveArg = (name: string, fallback: number): number =>
  numberArg(name, fallback, (v) => v > 0, 'a positive number');
