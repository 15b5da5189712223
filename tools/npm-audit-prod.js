#!/usr/bin/env node
/**
 * `npm audit` of the production dependencies: exit 0 when no high or critical advisory, 1 when
 * there is one (listed with the fix npm proposes), 2 when the audit could not be done at all (the
 * registry's audit endpoint unreachable or refusing): a gate that cannot look must not say "clean".
 * Used by `npm run audit:prod` and test/integration/npm-audit.test.ts.
 */
const { spawnSync } = require('node:child_process');

/** Runs the audit and classifies its JSON answer. */
function auditProduction(cwd = process.cwd()) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return classify(run.stdout, run.error ? run.error.message : run.stderr);
}

/** { status: 'clean' | 'advisories' | 'unreachable', advisories, message } from npm's output. */
function classify(stdout, stderr = '') {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return {
      status: 'unreachable',
      advisories: [],
      message: `npm audit gave no JSON report: ${String(stderr).trim().split('\n').pop()}`,
    };
  }
  if (!report.vulnerabilities) {
    // npm prints {message, statusCode, ...} when the audit endpoint fails (offline, proxy, 405...).
    const why = report.message || (report.error && report.error.summary) || 'no vulnerabilities section';
    return { status: 'unreachable', advisories: [], message: `npm audit could not run: ${why}` };
  }
  const advisories = Object.values(report.vulnerabilities)
    .filter((v) => v.severity === 'high' || v.severity === 'critical')
    .map((v) => ({
      name: v.name,
      severity: v.severity,
      range: v.range,
      via: v.via.map((x) => (typeof x === 'string' ? x : `${x.title} (${x.url})`)),
      fix:
        v.fixAvailable === true
          ? 'npm audit fix'
          : v.fixAvailable
            ? `${v.fixAvailable.name}@${v.fixAvailable.version}${v.fixAvailable.isSemVerMajor ? ' (semver major)' : ''}`
            : 'no fix available',
    }));
  const counts = report.metadata && report.metadata.vulnerabilities;
  return {
    status: advisories.length ? 'advisories' : 'clean',
    advisories,
    message: `production dependencies: ${counts ? JSON.stringify(counts) : 'no counts'}`,
  };
}

module.exports = { auditProduction, classify };

if (require.main === module) {
  const result = auditProduction();
  console.log(result.message);
  for (const a of result.advisories)
    console.log(`${a.severity.toUpperCase()} ${a.name} ${a.range}: ${a.via.join('; ')} -> fix: ${a.fix}`);
  if (result.status === 'unreachable')
    console.error('NOT CHECKED: the audit endpoint could not be reached; this is not a pass.');
  process.exit(result.status === 'clean' ? 0 : result.status === 'advisories' ? 1 : 2);
}
