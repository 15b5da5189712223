import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A job that went through the queue to a worker and back.' })
export class WorkerPing {
  @Field()
  jobId: string;

  @Field({ description: 'Host and process id of the worker that ran the job.' })
  workerId: string;

  @Field({ description: 'When the worker ran the job, ISO 8601.' })
  answeredAt: string;

  @Field(() => Int, { description: 'Milliseconds from enqueue to the result being read back.' })
  roundTripMs: number;
}
