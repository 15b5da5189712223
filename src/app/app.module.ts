import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG, ConfigModule } from '../config/config.module';
import { graphqlOptions } from './graphql/graphql.options';
import { Neo4jModule } from '../infra/neo4j/neo4j.module';
import { QueueModule } from '../infra/queue/queue.module';
import { RedisModule } from '../infra/redis/redis.module';
import { GraphQLLimitsModule } from './graphql/graphql-limits.module';
import { AuthModule } from '../modules/auth/auth.module';
import { ConsortiumsModule } from '../modules/consortiums/consortiums.module';
import { CoordinatorsModule } from '../modules/coordinators/coordinators.module';
import { HealthModule } from '../modules/health/health.module';
import { HrProgramsModule } from '../modules/hr-programs/hr-programs.module';
import { NeedsModule } from '../modules/needs/needs.module';
import { OrganizationsModule } from '../modules/organizations/organizations.module';
import { RegionsModule } from '../modules/regions/regions.module';
import { ResearchersModule } from '../modules/researchers/researchers.module';
import { SeedsModule } from '../modules/seeds/seeds.module';
import { UsersModule } from '../modules/users/users.module';
import { SystemModule } from '../modules/system/system.module';
import { MatchingModule } from '../modules/matching/matching.module';
import { EquipmentModule } from '../modules/equipment/equipment.module';
import { ImportModule } from '../modules/import/import.module';
import { MatchesModule } from '../modules/matches/matches.module';
import { NetworkModule } from '../modules/network/network.module';
import { EquipmentUseModule } from '../modules/equipment-use/equipment-use.module';
import { AuthService } from '../modules/auth/auth.service';
import { LiveEventsModule } from '../modules/matches/live/live-events.module';
import { NotificationFeedModule } from '../modules/notifications/notification-feed.module';

@Module({})
export class AppModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        Neo4jModule,
        RedisModule,
        QueueModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          // AuthService: graphql-ws authenticates subscription sockets with the same check as HTTP.
          imports: [AuthModule],
          inject: [APP_CONFIG, AuthService],
          useFactory: graphqlOptions,
        }),
        GraphQLLimitsModule,
        AuthModule,
        UsersModule,
        HealthModule,
        SystemModule,
        RegionsModule,
        OrganizationsModule,
        NeedsModule,
        ResearchersModule,
        SeedsModule,
        MatchingModule,
        // More network modules are registered below this line, one per line.
        NetworkModule,
        MatchesModule,
        ImportModule,
        HrProgramsModule,
        EquipmentModule,
        CoordinatorsModule,
        ConsortiumsModule,
        EquipmentUseModule,
        NotificationFeedModule,
        LiveEventsModule,
      ],
    };
  }
}
