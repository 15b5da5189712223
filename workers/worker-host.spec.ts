import { JobProcessor } from '../src/infra/queue/job-processor';
import { JOB_QUEUE, JobName } from '../src/infra/queue/queue.constants';
import { indexProcessors } from './worker-host';

const processor = (jobName: JobName): JobProcessor => ({ jobName, handle: async () => undefined });

describe('indexProcessors', () => {
  const all = (Object.keys(JOB_QUEUE) as JobName[]).map(processor);

  it('indexes one processor per job name', () => {
    expect([...indexProcessors(all).keys()].sort()).toEqual(Object.keys(JOB_QUEUE).sort());
  });

  it('refuses to boot when a job name has no processor', () => {
    expect(() => indexProcessors(all.slice(1))).toThrow(/No processor registered for job\(s\): /);
  });

  it('refuses two processors for one job', () => {
    expect(() => indexProcessors([...all, all[0]])).toThrow(/Two processors handle job/);
  });
});
