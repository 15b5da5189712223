import { TestApi } from './api-client';

/**
 * Typed create, update, delete and get requests of a suite's entities through GraphQL, each sent with
 * the token `tokenOf` gives for its last, optional argument (none when it gives undefined):
 *
 *     const requestsOf = entityRequests(() => api, tokenOf);
 *     const equipment = requestsOf<EquipmentResult, 'Equipment'>('Equipment', FIELDS, 'supportStaff { id }');
 *     (await equipment.create({ name: 'SEM', hostId }, 'coordA')).data?.createEquipment;
 *
 * `createX`, `updateX` and the get query (`x`) answer `fields` of the entity `T` (the get also
 * `getAlso`), `deleteX` a boolean.
 */
export function entityRequests<Who>(api: () => TestApi, tokenOf: (who?: Who) => string | undefined) {
  const send = <R>(query: string, variables: Record<string, unknown>, who?: Who) =>
    api().gql<R>(query, variables, tokenOf(who));
  return <T, Name extends string>(name: Name, fields: string, getAlso = '') => {
    const get = (name.charAt(0).toLowerCase() + name.slice(1)) as Uncapitalize<Name>;
    return {
      create: (input: Record<string, unknown>, who?: Who) =>
        send<Record<`create${Name}`, T>>(
          `mutation($input: Create${name}Input!) { create${name}(input: $input) { ${fields} } }`,
          { input },
          who,
        ),
      update: (id: string, input: Record<string, unknown>, who?: Who) =>
        send<Record<`update${Name}`, T>>(
          `mutation($id: ID!, $input: Update${name}Input!) { update${name}(id: $id, input: $input) { ${fields} } }`,
          { id, input },
          who,
        ),
      delete: (id: string, who?: Who) =>
        send<Record<`delete${Name}`, boolean>>(`mutation($id: ID!) { delete${name}(id: $id) }`, { id }, who),
      get: (id: string, who?: Who) =>
        send<Record<Uncapitalize<Name>, T>>(
          `query($id: ID!) { ${get}(id: $id) { ${fields} ${getAlso} } }`,
          { id },
          who,
        ),
    };
  };
}
