import { Injectable, Logger, Optional } from '@nestjs/common';
import { MatchingProducer } from '../matching/matching.producer';
import { coversRegion } from '../auth/access-policy';
import { ForbiddenError } from '../auth/auth.exception';
import { isAdmin, Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { ImportFileRejectedError } from './import.exception';
import {
  ImportFileError,
  ImportFormat,
  ImportKind,
  NeedImportRow,
  needInputFields,
  parseImport,
  RowPosition,
  SeedImportRow,
  seedInputFields,
} from './import-rows';
import {
  CoordinatorRef,
  ImportRepository,
  NeedWrite,
  OrganizationRef,
  ResearcherRef,
  SeedWrite,
} from './import.repository';

export type { ImportFormat, ImportKind } from './import-rows';

export interface ReportedRejection extends RowPosition {
  /** The column (JSON key) at fault; null when the problem is the row as a whole. */
  field: string | null;
  reason: string;
}

export interface ImportReport {
  kind: ImportKind;
  dryRun: boolean;
  /** Rows that passed every check; written unless dryRun. */
  accepted: number;
  /** Rows left out: a row with several problems counts once here and has one rejection each. */
  rejectedRows: number;
  createdIds: string[];
  rejected: ReportedRejection[];
}

/** Whoever runs `npm run import` has the database itself: it imports with an admin's rights. */
export const CLI_IMPORTER: Principal = {
  userId: 'system',
  email: 'system',
  role: Role.ADMIN,
  displayName: 'npm run import',
  coordinatorId: null,
  coordinatorRegionIds: [],
  companyId: null,
  companyRegionIds: [],
  consortiumIds: [],
  managerRegionIds: [],
  supportStaffId: null,
};

/** Who may import what; rows outside the importer's own scope are then rejected one by one. */
const IMPORTERS: Record<ImportKind, readonly Role[]> = {
  SEED: [Role.ADMIN, Role.COORDINATOR],
  NEED: [Role.ADMIN, Role.COORDINATOR, Role.COMPANY],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Finds a node by id, or by name when that name is unique; says why not otherwise. */
function resolve<T extends { id: string; name: string }>(
  field: string,
  ref: string,
  found: T[],
  what: string,
): T | string {
  if (UUID.test(ref)) return found.find((f) => f.id === ref) ?? `${field}: no ${what} with id ${ref}`;
  const named = found.filter((f) => f.name === ref);
  if (named.length === 1) return named[0];
  return named.length === 0
    ? `${field}: no ${what} named ${JSON.stringify(ref)}`
    : `${field}: ${named.length} ${what}s are named ${JSON.stringify(ref)}; give the id instead`;
}

/**
 * Bulk import of seeds and needs from CSV or JSON: parse and validate every row, resolve names to
 * nodes, check the importer's rights per row, then write every accepted row in one transaction.
 *
 * Rights: admins import anything; coordinators import seeds whose holders (and needs whose company)
 * are in a region they cover; company users import needs of their own company; others are
 * FORBIDDEN outright. A row outside the importer's scope is rejected with its line, like any other
 * bad row, so one stray row does not cost a coordinator the rest of the spreadsheet.
 */
@Injectable()
export class ImportService {
  private readonly logger = new Logger(ImportService.name);

  constructor(
    private readonly repository: ImportRepository,
    @Optional() private readonly matching?: MatchingProducer,
  ) {}

  async import(
    kind: ImportKind,
    format: ImportFormat,
    text: string,
    me: Principal,
    dryRun = false,
  ): Promise<ImportReport> {
    if (!IMPORTERS[kind].includes(me.role)) {
      throw new ForbiddenError(
        `${kind === 'SEED' ? 'Seeds' : 'Needs'} are imported by ${IMPORTERS[kind].join(' or ')} users; you are ${me.role}`,
      );
    }
    let parsed: ReturnType<typeof parseImport>;
    try {
      parsed = parseImport(kind, format, text);
    } catch (error) {
      if (error instanceof ImportFileError)
        throw new ImportFileRejectedError(error.code, error.message, error.line, { cause: error });
      throw error;
    }
    const rejected: ReportedRejection[] = parsed.rejected.map((r) => ({
      line: r.line,
      record: r.record,
      field: r.field ?? null,
      reason: r.reason,
    }));

    const writes =
      kind === 'SEED'
        ? await this.resolveSeeds(parsed.rows as SeedImportRow[], me, rejected)
        : await this.resolveNeeds(parsed.rows as NeedImportRow[], me, rejected);
    let createdIds: string[] = [];
    if (!dryRun) {
      createdIds =
        kind === 'SEED'
          ? await this.repository.writeSeeds(writes as SeedWrite[], me.userId)
          : await this.repository.writeNeeds(writes as NeedWrite[], me);
      // Without a producer (the CLI), the reconciliation job finds the new rows unmatched and queues them.
      if (kind === 'SEED')
        await this.matching?.targetsChanged('SEED', createdIds).catch((e: Error) => this.warnUnqueued(e));
      else await this.matching?.matchNeeds(createdIds).catch((e: Error) => this.warnUnqueued(e));
    }
    // Stable sort: a row's problems stay in column order.
    rejected.sort((a, b) => a.record - b.record);
    const rejectedRows = new Set(rejected.map((r) => r.record)).size;
    this.logger.log(
      `${kind} import by ${me.userId}: ${writes.length} accepted, ${rejectedRows} rows rejected` +
        (dryRun ? ' (dry run, nothing written)' : `, ${createdIds.length} written`),
    );
    return { kind, dryRun, accepted: writes.length, rejectedRows, createdIds, rejected };
  }

  private warnUnqueued(error: Error): void {
    this.logger.warn(`Imported rows not queued for matching (${error.message}); reconciliation will pick them up`);
  }

  private async resolveSeeds(
    rows: SeedImportRow[],
    me: Principal,
    rejected: ReportedRejection[],
  ): Promise<SeedWrite[]> {
    const organizations = await this.repository.organizations(unique(rows.map((r) => r.holderOrganization)));
    const researchers = await this.repository.researchers(unique(rows.flatMap((r) => r.holderResearchers)));
    const coordinators = await this.repository.coordinators(unique(rows.map((r) => r.collectedBy)));
    const writes: SeedWrite[] = [];
    for (const row of rows) {
      const { problems, problem } = rowProblems(row);
      let organization: OrganizationRef | null = null;
      if (row.holderOrganization) {
        const found = resolve('holderOrganization', row.holderOrganization, organizations, 'organization');
        if (typeof found === 'string') problem('holderOrganization', found);
        else organization = found;
      }
      const holders: ResearcherRef[] = [];
      for (const ref of row.holderResearchers) {
        const found = resolve('holderResearchers', ref, researchers, 'researcher');
        if (typeof found === 'string') problem('holderResearchers', found);
        else holders.push(found);
      }
      const collector = this.coordinator('collectedBy', row.collectedBy, coordinators, problem);
      if (problems.length === 0 && !isAdmin(me)) {
        const regions = [
          ...(organization?.regionId ? [organization.regionId] : []),
          ...holders.flatMap((h) => h.regionIds),
        ];
        if (!regions.some((r) => coversRegion(me, r))) {
          const names = [...(organization ? [organization.name] : []), ...holders.map((h) => h.name)];
          const field = organization ? 'holderOrganization' : 'holderResearchers';
          problem(
            field,
            `${field}: ${names.map((n) => JSON.stringify(n)).join(', ')} ${names.length > 1 ? 'are' : 'is'} not in a region you cover; ` +
              'coordinators import seeds only for holders in their regions',
          );
        }
      }
      if (problems.length) {
        rejected.push(...problems);
        continue;
      }
      writes.push({
        line: row.line,
        record: row.record,
        input: {
          ...seedInputFields(row),
          holderOrganizationId: organization?.id,
          holderResearcherIds: [...new Set(holders.map((h) => h.id))],
          collectedById: collector?.id,
        },
      });
    }
    return writes;
  }

  private async resolveNeeds(
    rows: NeedImportRow[],
    me: Principal,
    rejected: ReportedRejection[],
  ): Promise<NeedWrite[]> {
    const organizations = await this.repository.organizations(unique(rows.map((r) => r.company)));
    const coordinators = await this.repository.coordinators(unique(rows.map((r) => r.surveyedBy)));
    const writes: NeedWrite[] = [];
    for (const row of rows) {
      const { problems, problem } = rowProblems(row);
      let company: OrganizationRef | null = null;
      const found = resolve('company', row.company, organizations, 'organization');
      if (typeof found === 'string') problem('company', found);
      else if (found.kind !== 'COMPANY')
        problem('company', `company: ${JSON.stringify(found.name)} is a ${found.kind}, not a company`);
      else company = found;
      const surveyor = this.coordinator('surveyedBy', row.surveyedBy, coordinators, problem);
      if (company && problems.length === 0 && !isAdmin(me)) {
        if (me.role === Role.COMPANY && me.companyId !== company.id) {
          problem(
            'company',
            `company: ${JSON.stringify(company.name)} is not your company; company users import only their own company's needs`,
          );
        } else if (me.role === Role.COORDINATOR && !coversRegion(me, company.regionId)) {
          problem(
            'company',
            `company: ${JSON.stringify(company.name)} is not in a region you cover; coordinators import needs only for companies in their regions`,
          );
        }
      }
      if (problems.length || !company) {
        rejected.push(...problems);
        continue;
      }
      writes.push({
        line: row.line,
        record: row.record,
        companyId: company.id,
        input: { ...needInputFields(row), surveyedById: surveyor?.id },
      });
    }
    return writes;
  }

  /** A coordinator by id, or by e-mail address when exactly one coordinator has it. */
  private coordinator(
    field: string,
    ref: string | undefined,
    coordinators: CoordinatorRef[],
    problem: (field: string, reason: string) => void,
  ): CoordinatorRef | null {
    if (!ref) return null;
    if (UUID.test(ref)) {
      const found = coordinators.find((c) => c.id === ref);
      if (!found) problem(field, `${field}: no coordinator with id ${ref}`);
      return found ?? null;
    }
    const found = coordinators.filter((c) => c.email === ref);
    if (found.length === 1) return found[0];
    problem(
      field,
      found.length === 0
        ? `${field}: no coordinator with e-mail address ${ref}`
        : `${field}: ${found.length} coordinators have the e-mail address ${ref}; give the id instead`,
    );
    return null;
  }
}

/** Collects one row's problems, each with the row's position. */
function rowProblems(row: RowPosition) {
  const problems: ReportedRejection[] = [];
  const problem = (field: string | null, reason: string): void => {
    problems.push({ line: row.line, record: row.record, field, reason });
  };
  return { problems, problem };
}

function unique(values: (string | undefined | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length > 0))];
}
