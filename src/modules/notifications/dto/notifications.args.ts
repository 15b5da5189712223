import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { LIMITS } from '../../../common/validation/limits';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Only the notifications not yet marked read.' })
  @IsBoolean({ message: 'unreadOnly must be true or false' })
  unreadOnly: boolean = false;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], {
    nullable: true,
    description: `1-${LIMITS.page.maxFirst} of your notifications' ids; omitted: every one of your notifications.`,
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'ids must hold at least 1 id (omit it to mark all read)' })
  @ArrayMaxSize(LIMITS.page.maxFirst, { message: `ids must hold at most ${LIMITS.page.maxFirst} ids` })
  @IsUUID('all', { each: true, message: 'each of ids must be a UUID' })
  ids?: string[];
}
