import { Injectable, Logger } from '@nestjs/common';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { coversRegion } from '../auth/access-policy';
import { isAdmin, Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { ImportFileError, NeedImportRow, parseImport, SeedImportRow } from './import-rows';
import { CoordinatorRef, ImportRepository, NeedWrite, OrganizationRef, ResearcherRef, SeedWrite } from './import.repository';

export type ImportKind = 'SEED' | 'NEED';
export type ImportFormat = 'CSV' | 'JSON';

export interface ImportRejection {
  line: number;
  field: string | null;
  reason: string;
}

export interface ImportReport {
  kind: ImportKind;
  dryRun: boolean;
  /** Rows that passed every check; written unless dryRun. */
  accepted: number;
  createdIds: string[];
  rejected: ImportRejection[];
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
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Finds a node by id, or by name when that name is unique; says why not otherwise. */
function resolve<T extends { id: string; name: string }>(ref: string, found: T[], what: string): T | string {
  if (UUID.test(ref)) return found.find((f) => f.id === ref) ?? `no ${what} with id ${ref}`;
  const named = found.filter((f) => f.name === ref);
  if (named.length === 1) return named[0];
  return named.length === 0 ? `no ${what} named "${ref}"` : `${named.length} ${what}s are named "${ref}": use the id`;
}

/**
 * Bulk import of seeds and needs from CSV or JSON: parse and validate every row, resolve names to
 * nodes, check the importer's rights per row, then write every accepted row in one transaction.
 * Rejected rows are reported with their line and reason and do not stop the others.
 */
@Injectable()
export class ImportService {
  private readonly logger = new Logger(ImportService.name);

  constructor(private readonly repository: ImportRepository) {}

  async import(kind: ImportKind, format: ImportFormat, text: string, me: Principal, dryRun = false): Promise<ImportReport> {
    let parsed: ReturnType<typeof parseImport>;
    try {
      parsed = parseImport(kind, format, text);
    } catch (error) {
      if (error instanceof ImportFileError) {
        throw new AppError(ErrorCode.BadUserInput, error.message, { field: 'content' }, { cause: error });
      }
      throw error;
    }
    const rejected: ImportRejection[] = parsed.rejected.map((r) => ({ line: r.line, field: r.field ?? null, reason: r.reason }));
    const report = (accepted: number, createdIds: string[]): ImportReport => ({
      kind,
      dryRun,
      accepted,
      createdIds,
      rejected: rejected.sort((a, b) => a.line - b.line),
    });

    if (kind === 'SEED') {
      const writes = await this.resolveSeeds(parsed.rows as SeedImportRow[], me, rejected);
      const ids = dryRun ? [] : await this.repository.writeSeeds(writes, me.userId);
      this.logger.log(`Imported ${ids.length} seeds (${rejected.length} rows rejected${dryRun ? ', dry run' : ''})`);
      return report(writes.length, ids);
    }
    const writes = await this.resolveNeeds(parsed.rows as NeedImportRow[], me, rejected);
    const ids = dryRun ? [] : await this.repository.writeNeeds(writes, me.userId);
    this.logger.log(`Imported ${ids.length} needs (${rejected.length} rows rejected${dryRun ? ', dry run' : ''})`);
    return report(writes.length, ids);
  }

  private async resolveSeeds(rows: SeedImportRow[], me: Principal, rejected: ImportRejection[]): Promise<SeedWrite[]> {
    const organizations = await this.repository.organizations(unique(rows.map((r) => r.holderOrganization)));
    const researchers = await this.repository.researchers(unique(rows.flatMap((r) => r.holderResearchers ?? [])));
    const coordinators = await this.repository.coordinators(unique(rows.map((r) => r.collectedBy)));
    const writes: SeedWrite[] = [];
    for (const row of rows) {
      const problems: ImportRejection[] = [];
      let organization: OrganizationRef | null = null;
      if (row.holderOrganization) {
        const found = resolve(row.holderOrganization, organizations, 'organization');
        if (typeof found === 'string') problems.push({ line: row.line, field: 'holderOrganization', reason: found });
        else organization = found;
      }
      const holders: ResearcherRef[] = [];
      for (const ref of row.holderResearchers ?? []) {
        const found = resolve(ref, researchers, 'researcher');
        if (typeof found === 'string') problems.push({ line: row.line, field: 'holderResearchers', reason: found });
        else holders.push(found);
      }
      const collector = this.coordinator(row.collectedBy, coordinators, row.line, 'collectedBy', problems);
      const regions = [...(organization?.regionId ? [organization.regionId] : []), ...holders.flatMap((h) => h.regionIds)];
      if (problems.length === 0 && !isAdmin(me) && !regions.some((r) => coversRegion(me, r))) {
        problems.push({ line: row.line, field: null, reason: "you may import seeds only for holders in the regions you cover" });
      }
      if (problems.length) {
        rejected.push(...problems);
        continue;
      }
      writes.push({
        line: row.line,
        props: {
          title: row.title,
          summary: row.summary,
          keywords: row.keywords,
          field: row.field ?? '',
          stage: row.stage,
          ipStatus: row.ipStatus,
          ipNumbers: row.ipNumbers,
          visibility: row.visibility,
        },
        holderOrganizationId: organization?.id ?? null,
        holderResearcherIds: [...new Set(holders.map((h) => h.id))],
        collectedById: collector?.id ?? null,
      });
    }
    return writes;
  }

  private async resolveNeeds(rows: NeedImportRow[], me: Principal, rejected: ImportRejection[]): Promise<NeedWrite[]> {
    const organizations = await this.repository.organizations(unique(rows.map((r) => r.company)));
    const coordinators = await this.repository.coordinators(unique(rows.map((r) => r.surveyedBy)));
    const writes: NeedWrite[] = [];
    for (const row of rows) {
      const problems: ImportRejection[] = [];
      const found = resolve(row.company, organizations, 'organization');
      let company: OrganizationRef | null = null;
      if (typeof found === 'string') problems.push({ line: row.line, field: 'company', reason: found });
      else if (found.kind !== 'COMPANY') problems.push({ line: row.line, field: 'company', reason: `${found.name} is not a company` });
      else company = found;
      const surveyor = this.coordinator(row.surveyedBy, coordinators, row.line, 'surveyedBy', problems);
      if (company && problems.length === 0) {
        const allowed = isAdmin(me) || (me.role === Role.COMPANY ? me.companyId === company.id : coversRegion(me, company.regionId));
        if (!allowed) problems.push({ line: row.line, field: 'company', reason: `you may not import needs for ${company.name}` });
      }
      if (problems.length || !company) {
        rejected.push(...problems);
        continue;
      }
      writes.push({
        line: row.line,
        props: {
          title: row.title,
          description: row.description,
          keywords: row.keywords,
          desiredOutcome: row.desiredOutcome ?? '',
          timeline: row.timeline ?? '',
          budgetBand: row.budgetBand,
          confidentiality: row.confidentiality,
          status: row.status,
        },
        companyId: company.id,
        surveyedById: surveyor?.id ?? null,
      });
    }
    return writes;
  }

  private coordinator(
    email: string | undefined | null,
    coordinators: CoordinatorRef[],
    line: number,
    field: string,
    problems: ImportRejection[],
  ): CoordinatorRef | null {
    if (!email) return null;
    const found = coordinators.find((c) => c.email === email.toLowerCase());
    if (!found) problems.push({ line, field, reason: `no coordinator with e-mail ${email}` });
    return found ?? null;
  }
}

function unique(values: (string | undefined | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length > 0))];
}
