import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { ProvinceCodeScalar } from '../../shared/catalogue';
import { findProvince, type ProvinceRecord, PROVINCES } from '../../shared/catalogue';
import { PageArgs } from '../../shared/platform/paging';
import { ArtisanConnection } from '../artisan/artisan.connection';
import { ARTISAN_ORDER } from '../artisan/artisan.connection';
import { artisanVisibility } from '../artisan/artisan-visibility';
import type { TrainingContext } from '../context';
import { CourseConnection } from '../course/course.connection';
import { COURSE_ORDER } from '../course/course.connection';
import { Province } from './province.type';

/** Provinces: the catalogue, and the courses and artisans of each. */
@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => [Province], { description: 'All 31 provinces of Iran, by ISO code.' })
  provinces(): readonly ProvinceRecord[] {
    return PROVINCES;
  }

  @Query(() => Province, { nullable: true, description: 'The province with this ISO 3166-2:IR code.' })
  province(
    @Arg('code', () => ProvinceCodeScalar, { description: 'ISO 3166-2:IR code, e.g. `IR-02`.' }) code: string,
  ): ProvinceRecord | null {
    return findProvince(code) ?? null;
  }

  @FieldResolver(() => CourseConnection, {
    nullable: true,
    description:
      'Courses with classes in this province, by start date. Null when the training subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  courses(@Root() province: ProvinceRecord, @Args() page: PageArgs, @Ctx() context: TrainingContext) {
    return context.loaders.coursePagesByProvince.load(province.code, page, COURSE_ORDER, null);
  }

  @FieldResolver(() => ArtisanConnection, {
    nullable: true,
    description:
      'Artisans registered in this province, by name: those the caller may see in full, as `artisans` lists them. Null when the training subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  artisans(@Root() province: ProvinceRecord, @Args() page: PageArgs, @Ctx() context: TrainingContext) {
    return context.loaders.artisanPagesByProvince.load(province.code, page, ARTISAN_ORDER, artisanVisibility(context.viewer));
  }
}
