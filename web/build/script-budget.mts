/**
 * The script a coordinator downloads before the pipeline shows: the entry chunk, the chunks it
 * imports statically, and any lazy chunk of the coordinator's views. The build prints its size
 * compressed (gzip and brotli, as the API serves it) and fails when gzip passes the budget.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, Rollup } from 'vite';

/** Sign-in plus the coordinator's pipeline, gzip-compressed (brotli is smaller still). */
export const SCRIPT_BUDGET_BYTES = 150 * 1024;
/** Lazy chunks that count toward the budget: the coordinator's own views. */
const COORDINATOR_VIEW = /[\\/]views[\\/](coordinator|pipeline|matches)[\\/]/;

export function scriptBudget(budget = SCRIPT_BUDGET_BYTES): Plugin {
  return {
    name: 'musubi-script-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = budgetedChunks(bundle);
      let gzip = 0;
      let brotli = 0;
      for (const chunk of chunks) {
        const bytes = Buffer.from(chunk.code);
        gzip += gzipSync(bytes, { level: 9 }).length;
        brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      }
      const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
      const line = `script budget (sign-in + coordinator pipeline, ${chunks.length} chunks): ${kb(gzip)} gzip, ${kb(brotli)} brotli; budget ${kb(budget)} gzip`;
      if (gzip > budget) this.error(`${line}: over budget`);
      this.info(line);
    },
  };
}

function budgetedChunks(bundle: Rollup.OutputBundle): Rollup.OutputChunk[] {
  const all = Object.values(bundle).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
  const byName = new Map(all.map((chunk) => [chunk.fileName, chunk]));
  const picked = new Set<Rollup.OutputChunk>();
  const visit = (chunk: Rollup.OutputChunk | undefined) => {
    if (!chunk || picked.has(chunk)) return;
    picked.add(chunk);
    chunk.imports.forEach((name) => visit(byName.get(name)));
  };
  all.filter((chunk) => chunk.isEntry).forEach(visit);
  all.filter((chunk) => chunk.facadeModuleId && COORDINATOR_VIEW.test(chunk.facadeModuleId)).forEach(visit);
  return [...picked];
}
