import { registerEnumType } from '@nestjs/graphql';

/** The value type of an enum made by graphqlEnum: `type SeedStage = EnumValue<typeof SeedStage>`. */
export type EnumValue<E extends Readonly<Record<string, string>>> = E[keyof E];

/**
 * A GraphQL enum whose values are their own names, registered under `name`: the object maps each
 * name to itself (`SeedStage.PROTOTYPE === 'PROTOTYPE'`), so it serves wherever a string enum would
 * (`IsEnum`, `Field(() => SeedStage)`, `Object.values`), declared once instead of a TypeScript enum
 * that spells each value twice and a registerEnumType call that names it again.
 */
export function graphqlEnum<const V extends string>(
  name: string,
  values: readonly V[],
  description?: string,
): { readonly [K in V]: K } {
  const members = Object.freeze(Object.fromEntries(values.map((value) => [value, value])) as { [K in V]: K });
  registerEnumType(members, description === undefined ? { name } : { name, description });
  return members;
}
