import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { ProvinceCodeScalar } from '../../shared/catalogue';
import { findProvince, type ProvinceRecord, PROVINCES } from '../../shared/catalogue';
import { AssumedListSize } from '../../shared/platform/graphql';
import { ConnectionListSize } from '../../shared/platform/paging';
import { ArtisanConnection } from '../artisan/artisan.connection';
import { ArtisanListArgs } from '../artisan/artisan.inputs';
import { findArtisansOfProvince } from '../artisan/artisan.service';
import type { TrainingContext } from '../context';
import { CourseConnection } from '../course/course.connection';
import { CourseListArgs } from '../course/course.inputs';
import { findCoursesOfProvince } from '../course/course.service';
import { Province } from './province.type';

/** Provinces: the catalogue, and the courses and artisans of each. */
@Resolver(() => Province)
export class ProvinceResolver {
  @AssumedListSize(PROVINCES.length)
  @Query(() => [Province], { nullable: true, description: 'All 31 provinces of Iran, by ISO code.' })
  provinces(): readonly ProvinceRecord[] {
    return PROVINCES;
  }

  @Query(() => Province, { nullable: true, description: 'The province with this ISO 3166-2:IR code.' })
  province(
    @Arg('code', () => ProvinceCodeScalar, { description: 'ISO 3166-2:IR code, e.g. `IR-02`.' }) code: string,
  ): ProvinceRecord | null {
    return findProvince(code) ?? null;
  }

  @ConnectionListSize()
  @FieldResolver(() => CourseConnection, {
    nullable: true,
    description:
      'Courses with classes in this province, by start date unless `orderBy` says otherwise; `filter` as in `courses`. Null when the training subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  courses(@Root() province: ProvinceRecord, @Args() args: CourseListArgs, @Ctx() context: TrainingContext) {
    return findCoursesOfProvince(context, province.code, args);
  }

  @ConnectionListSize()
  @FieldResolver(() => ArtisanConnection, {
    nullable: true,
    description:
      'Artisans registered in this province, by name unless `orderBy` says otherwise: those the caller may see in full, filtered, as `artisans` lists them. Null when the training subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  artisans(@Root() province: ProvinceRecord, @Args() args: ArtisanListArgs, @Ctx() context: TrainingContext) {
    return findArtisansOfProvince(context, province.code, args);
  }
}
