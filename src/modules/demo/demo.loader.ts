import { Injectable, Logger } from '@nestjs/common';
import { isConstraintViolation } from '../../infra/neo4j/neo4j-errors';
import { hashPassword } from '../auth/password';
import { planDemoWrite, validateDemoDataset } from './demo-plan';
import { DEMO_REGION } from './demo-region.data';
import { DemoRepository } from './demo.repository';
import { DemoDataset } from './demo.types';

export type DemoLoadReport =
  | {
      loaded: true;
      /** Nodes written, by label. */
      nodes: Record<string, number>;
      relationships: number;
      /** Demo sign-ins created (an e-mail already taken is left alone). */
      users: string[];
    }
  | { loaded: false; reason: string };

export const GRAPH_NOT_EMPTY = 'graph not empty';

/**
 * Loads the demo region into an empty knowledge network, all of it in one transaction, or
 * nothing. "Empty" means no Region, Organization, Need or Seed: users alone (the first admin) do
 * not count, so the demo still loads right after the API's first start.
 */
@Injectable()
export class DemoLoader {
  private readonly logger = new Logger(DemoLoader.name);

  constructor(private readonly repository: DemoRepository) {}

  async loadIfEmpty(dataset: DemoDataset = DEMO_REGION): Promise<DemoLoadReport> {
    const problems = validateDemoDataset(dataset);
    if (problems.length) throw new Error(`The demo data set is invalid:\n- ${problems.join('\n- ')}`);
    // Checked before hashing too, so a start on a populated graph costs one read, not three argon2 hashes.
    if (await this.repository.occupied()) return { loaded: false, reason: GRAPH_NOT_EMPTY };

    const hashes: Record<string, string> = {};
    for (const user of dataset.users) hashes[user.key] = await hashPassword(user.password);
    try {
      const result = await this.repository.write(planDemoWrite(dataset, hashes));
      if (!result.written) return { loaded: false, reason: GRAPH_NOT_EMPTY };
      const report: DemoLoadReport = {
        loaded: true,
        nodes: result.nodes,
        relationships: result.relationships,
        users: result.usersCreated,
      };
      this.logger.log(describeDemoLoad(report));
      return report;
    } catch (error) {
      // Another loader committed the same stable ids or region codes first.
      if (isConstraintViolation(error)) return { loaded: false, reason: `${GRAPH_NOT_EMPTY} (loaded concurrently)` };
      throw error;
    }
  }
}

/** One line for a console: what was loaded, or why not. */
export function describeDemoLoad(report: DemoLoadReport): string {
  if (!report.loaded) return `Demo region skipped: ${report.reason}`;
  const nodes = Object.entries(report.nodes)
    .map(([label, n]) => `${n} ${label}`)
    .join(', ');
  const users = report.users.length ? `; demo sign-ins: ${report.users.join(', ')} (passwords in the README)` : '';
  return `Demo region loaded: ${nodes}, ${report.relationships} relationships${users}`;
}
