import { createHmac } from 'node:crypto';
import { Driver, Integer } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { startTestApi, TestApi } from '../support/api-client';
import { errorCode, startApiSuite, stopApiSuite } from '../support/api-suite';
import { deleteQueueKeys } from '../support/services';
import { TEST_ADMIN, testConfig } from '../support/test-env';

const COMPANY_ID = '0b7c1c1e-0000-4000-8000-000000000001';

function jwt(header: object, payload: object, secret?: string): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${b64(header)}.${b64(payload)}`;
  const signature = secret ? createHmac('sha256', secret).update(body).digest('base64url') : '';
  return `${body}.${signature}`;
}

describe('authentication, roles and request limits', () => {
  let config: AppConfig;
  let api: TestApi;
  let driver: Driver;
  let adminToken: string;

  beforeAll(async () => {
    // Principals kept for a minute: the test below tells a kept principal from one read anew.
    ({ config, driver, api } = await startApiSuite({ AUTH_PRINCIPAL_MAX_AGE_MS: '60000' }));
    await driver.executeQuery("CREATE (:Organization {id: $id, name: 'Test Foods', kind: 'COMPANY'})", {
      id: COMPANY_ID,
    });
    adminToken = await api.signIn(TEST_ADMIN.email, TEST_ADMIN.password);
  });
  afterAll(async () => {
    await stopApiSuite({ config, driver, api });
  });

  const createUser = (input: Record<string, unknown>, token = adminToken) =>
    api.gql<{ createUser: { id: string; role: string; linkedId: string | null } }>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id role linkedId email } }',
      { input },
      token,
    );
  /** The code of the first error `{ me { id } }` gets with `token`. */
  const meWith = async (token?: string) => errorCode(await api.gql('{ me { id } }', undefined, token));
  /** A new ADMIN account, signed in: its id and token. */
  const newAdmin = async (name: string) => {
    const email = `${name}@test.musubi.example`;
    const password = `${name}-password-123`;
    const created = await createUser({ email, password, role: 'ADMIN', displayName: name });
    return { id: created.data!.createUser.id, token: await api.signIn(email, password) };
  };
  const companyUser = {
    email: 'c@test.musubi.example',
    password: 'company-password',
    role: 'COMPANY',
    displayName: 'C',
  };

  it('creates the first admin from env, once', async () => {
    const me = await api.gql<{ me: { email: string; role: string } }>('{ me { email role } }', undefined, adminToken);
    expect(me.data?.me).toEqual({ email: TEST_ADMIN.email, role: 'ADMIN' });
    const admins = await driver.executeQuery('MATCH (u:User {email: $email}) RETURN count(u) AS n', {
      email: TEST_ADMIN.email,
    });
    expect((admins.records[0].get('n') as Integer).toNumber()).toBe(1);
  });

  it('refuses a wrong password and an unknown e-mail alike', async () => {
    const query = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';
    const wrong = await api.gql(query, { e: TEST_ADMIN.email, p: 'not the password' });
    const unknown = await api.gql(query, { e: 'nobody@test.musubi.example', p: 'whatever-password' });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('needs a token for everything but signIn and serviceInfo', async () => {
    expect(await meWith()).toBe('UNAUTHENTICATED');
    expect((await api.gql('{ users { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql('{ serviceInfo { name } }')).errors).toBeUndefined();
  });

  it('validates createUser input, naming the fields', async () => {
    const response = await createUser({ email: 'not-an-email', password: 'short', role: 'ADMIN', displayName: '' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.fields).toEqual(['email', 'password', 'displayName']);
    const badEnum = await createUser({
      email: 'x@test.musubi.example',
      password: 'long-enough-pw',
      role: 'KING',
      displayName: 'X',
    });
    expect(badEnum.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badEnum.errors?.[0].message).toMatch(/role/);
    const count = await driver.executeQuery('MATCH (u:User) RETURN count(u) AS n');
    expect((count.records[0].get('n') as Integer).toNumber()).toBe(1);
  });

  it('links a company user to its company, and refuses a missing or unknown link', async () => {
    expect(errorCode(await createUser(companyUser))).toBe('BAD_USER_INPUT');
    const unknown = await createUser({ ...companyUser, linkId: '0b7c1c1e-0000-4000-8000-0000000000ff' });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const ok = await createUser({ ...companyUser, linkId: COMPANY_ID });
    expect(ok.data?.createUser).toMatchObject({ role: 'COMPANY', linkedId: COMPANY_ID });
  });

  it('answers a second account with the same e-mail with CONFLICT', async () => {
    const again = await createUser({
      ...companyUser,
      email: 'C@test.musubi.example',
      displayName: 'C2',
      linkId: COMPANY_ID,
    });
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('forbids a company user admin operations', async () => {
    const token = await api.signIn(companyUser.email, companyUser.password);
    const response = await createUser({ ...companyUser, email: 'd@test.musubi.example', role: 'ADMIN' }, token);
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql('{ users { id } }', undefined, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses forged, expired, unsigned and orphaned tokens', async () => {
    const admin = (await driver.executeQuery('MATCH (u:User {role: "ADMIN"}) RETURN u.id AS id')).records[0].get(
      'id',
    ) as string;
    const now = Math.floor(Date.now() / 1000);
    const claims = (sub: string, iat: number) => ({ sub, role: 'ADMIN', iat, exp: iat + 60 });
    const hs256 = { alg: 'HS256', typ: 'JWT' };
    const cases = {
      wrongSignature: jwt(hs256, claims(admin, now), 'x'.repeat(40)),
      expired: jwt(hs256, claims(admin, now - 120), config.auth.jwtSecret),
      algNone: jwt({ alg: 'none', typ: 'JWT' }, claims(admin, now)),
      unknownUser: jwt(hs256, claims('no-such-user', now), config.auth.jwtSecret),
    };
    for (const [name, token] of Object.entries(cases)) {
      expect([name, await meWith(token)]).toEqual([name, 'UNAUTHENTICATED']);
    }
    const expired = await api.gql('{ me { id } }', undefined, cases.expired);
    expect(expired.errors?.[0].message).toMatch(/expired/);
  });

  it("stops a deleted user's token at once", async () => {
    const { id, token } = await newAdmin('gone');
    expect((await api.gql('{ me { id } }', undefined, token)).errors).toBeUndefined();
    const deleted = await api.gql('mutation($id: ID!) { deleteUser(id: $id) }', { id }, adminToken);
    expect(deleted.data).toEqual({ deleteUser: true });
    expect(await meWith(token)).toBe('UNAUTHENTICATED');
  });

  it('keeps a principal for AUTH_PRINCIPAL_MAX_AGE_MS, and reads every one anew after a mutation that may change one', async () => {
    const { id, token } = await newAdmin('kept');
    const users = () => api.gql('{ users { id } }', undefined, token);
    expect((await users()).errors).toBeUndefined();

    // Changed in the graph, not through this API: the principal kept still says ADMIN.
    await driver.executeQuery("MATCH (u:User {id: $id}) SET u.role = 'COORDINATOR'", { id });
    expect((await users()).errors).toBeUndefined();
    // A mutation that cannot change a principal keeps them.
    expect((await api.gql('mutation { rebuildMatches }', undefined, adminToken)).errors).toBeUndefined();
    expect((await users()).errors).toBeUndefined();

    // One that may (here a new region) makes every principal be read anew: the role change shows.
    const region = await api.gql(
      'mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }',
      { input: { code: 'kept-principal', name: 'Kept' } },
      adminToken,
    );
    expect(region.errors).toBeUndefined();
    expect((await users()).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an alias flood with a clear error, and stays responsive', async () => {
    const aliases = `{ ${Array.from({ length: config.graphql.maxAliases + 1 }, (_, i) => `a${i}: serviceInfo { name }`).join(' ')} }`;
    const flood = await api.gql(aliases, undefined, adminToken);
    expect(flood.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(flood.errors?.[0].message).toMatch(/aliases; the limit is 30/);
    expect((await api.gql('{ serviceInfo { name } }')).data).toEqual({ serviceInfo: { name: 'musubi' } });
  });

  it('refuses a body over 1 MB', async () => {
    const response = await fetch(api.url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serviceInfo { name } }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
  });
});

describe('depth limit and rate limiting per user', () => {
  let config: AppConfig;
  let api: TestApi;

  beforeAll(async () => {
    config = await testConfig({ RATE_LIMIT_PER_MINUTE: '8', GRAPHQL_MAX_DEPTH: '2' });
    api = await startTestApi(config);
  });
  afterAll(async () => {
    await api.close();
    await deleteQueueKeys(config.redis.url, config.queue.prefix);
  });

  it('refuses a query deeper than the limit, counting through fragments', async () => {
    const query = (selection: string) =>
      api.gql(`mutation { signIn(email: "${TEST_ADMIN.email}", password: "wrong-password") ${selection} }`);
    const shallow = await query('{ token }');
    expect(shallow.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const deep = await query('{ user { id } }');
    expect(deep.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(deep.errors?.[0].message).toBe('Query depth 3 exceeds the limit of 2');
    const viaFragment = await api.gql(
      `mutation { signIn(email: "${TEST_ADMIN.email}", password: "x") { ...P } } fragment P on AuthPayload { user { id } }`,
    );
    expect(viaFragment.errors?.[0].message).toBe('Query depth 3 exceeds the limit of 2');
  });

  it('answers RATE_LIMITED past the limit, and other users are unaffected', async () => {
    const admin = await api.signIn(TEST_ADMIN.email, TEST_ADMIN.password);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 10; i++) {
      codes.push((await api.gql('{ me { id } }', undefined, admin)).errors?.[0].extensions?.code);
    }
    expect(codes.slice(0, 8)).toEqual(Array(8).fill(undefined));
    expect(codes.slice(8)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    // Anonymous callers are counted per IP, apart from the signed-in admin.
    expect((await api.gql('{ serviceInfo { name } }')).errors).toBeUndefined();
  });
});
