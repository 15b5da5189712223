import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What this API process is.' })
export class ServiceInfo {
  @Field()
  name: string;

  @Field()
  version: string;

  @Field({ description: 'Server time, ISO 8601.' })
  serverTime: string;
}
