import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { RecentReads } from '../../common/concurrency/recent-reads';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/app-config';
import { AuthPayload } from '../users/models/user.model';
import { toUser } from '../users/users.service';
import { UsersRepository } from '../users/users.repository';
import { UnauthenticatedError } from './auth.exception';
import { hashPassword, verifyPassword } from './password';
import { Principal } from './principal';

interface TokenClaims {
  sub: string;
  role: string;
}

@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so both failures take the same time. */
  private readonly decoyHash = hashPassword('decoy password that matches nothing');
  /**
   * Principals read from the graph, by user id, each serving its user's requests up to
   * AUTH_PRINCIPAL_MAX_AGE_MS (a user gone is kept as null too). Reading it on every request costs
   * Neo4j a statement per request, which alone caps how many requests a second the API can serve.
   * forgetPrincipals() drops them all.
   */
  private readonly principals = new RecentReads<Principal | null>(10_000);

  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signIn(email: string, password: string): Promise<AuthPayload> {
    const user = await this.users.findByEmail(email.trim().toLowerCase());
    const ok = await verifyPassword(user?.passwordHash ?? (await this.decoyHash), password);
    if (!user || !ok) throw new UnauthenticatedError('E-mail or password is wrong');
    const claims: TokenClaims = { sub: user.id, role: user.role };
    const token = await this.jwt.signAsync(claims);
    return {
      token,
      expiresAt: new Date(Date.now() + this.config.auth.jwtTtlSeconds * 1000),
      user: toUser(user),
    };
  }

  /**
   * A bearer token to the principal it stands for, or an UNAUTHENTICATED error saying why not.
   * `fresh`: read from the graph now, not kept (a live stream's check before each event: a stream
   * lives for hours, and one deleted user must stop receiving at once, however it was deleted).
   */
  async authenticate(token: string, { fresh = false }: { fresh?: boolean } = {}): Promise<Principal> {
    let claims: TokenClaims;
    try {
      // Only HS256: a token signed otherwise (or "alg": "none") is refused.
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new UnauthenticatedError(expired ? 'The token has expired; sign in again' : 'The token is not valid');
    }
    if (typeof claims.sub !== 'string') throw new UnauthenticatedError('The token is not valid');
    const userId = claims.sub;
    const load = async () => frozen(await this.users.loadPrincipal(userId));
    const principal = await (fresh ? load() : this.principals.run(userId, this.config.auth.principalMaxAgeMs, load));
    if (!principal) throw new UnauthenticatedError('The user of this token no longer exists');
    return principal;
  }

  /**
   * After a write that may change who a user is or where they act (their user, coordinator,
   * organization, consortium, support staff or region; PrincipalFreshnessPlugin): the next request
   * of every user reads its principal anew. A lookup still running is not kept either.
   */
  forgetPrincipals(): void {
    this.principals.forget();
  }
}

/** One principal serves several requests: frozen, so no request can change it for the others. */
function frozen(principal: Principal | null): Principal | null {
  if (!principal) return null;
  for (const value of Object.values(principal)) if (Array.isArray(value)) Object.freeze(value);
  return Object.freeze(principal);
}
