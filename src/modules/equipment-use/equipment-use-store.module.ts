import { Module } from '@nestjs/common';
import { EquipmentUseRepository } from './equipment-use.repository';

/** The use requests' repository, provided here only: the API's and the workers' modules import it. */
@Module({ providers: [EquipmentUseRepository], exports: [EquipmentUseRepository] })
export class EquipmentUseStoreModule {}
