import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

/** The fields every node of the knowledge network has. */
@ObjectType({ isAbstract: true })
export abstract class NetworkNode {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field({ description: 'Id of the user who created it, or "system" for loaders.' })
  createdBy: string;
}

/** A node known by a name (a region, an organization, a person, a consortium, equipment). */
@ObjectType({ isAbstract: true })
export abstract class NamedNetworkNode extends NetworkNode {
  @Field()
  name: string;
}
