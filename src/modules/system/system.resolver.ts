import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../auth/auth.decorators';
import { Role } from '../auth/role.enum';
import { SERVICE_NAME, SERVICE_VERSION } from '../../config/service-info';
import { ServiceInfo } from './models/service-info.model';
import { WorkerPing } from './models/worker-ping.model';
import { SystemProducer } from './system.producer';

@Resolver()
export class SystemResolver {
  constructor(private readonly producer: SystemProducer) {}

  @Public()
  @Query(() => ServiceInfo, { description: 'Name, version and clock of this API process.' })
  serviceInfo(): ServiceInfo {
    return { name: SERVICE_NAME, version: SERVICE_VERSION, serverTime: new Date().toISOString() };
  }

  @Roles(Role.ADMIN)
  @Mutation(() => WorkerPing, {
    description: 'Round-trips a job through Redis to a worker: proves the API, queue and workers are wired.',
  })
  pingWorkers(): Promise<WorkerPing> {
    return this.producer.pingWorkers();
  }
}
