import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
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

  /** A bearer token to the principal it stands for, or an UNAUTHENTICATED error saying why not. */
  async authenticate(token: string): Promise<Principal> {
    let claims: TokenClaims;
    try {
      // Only HS256: a token signed otherwise (or "alg": "none") is refused.
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new UnauthenticatedError(expired ? 'The token has expired; sign in again' : 'The token is not valid');
    }
    if (typeof claims.sub !== 'string') throw new UnauthenticatedError('The token is not valid');
    const principal = await this.users.loadPrincipal(claims.sub);
    if (!principal) throw new UnauthenticatedError('The user of this token no longer exists');
    return principal;
  }
}
