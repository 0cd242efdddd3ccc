import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

import { changelogEntries } from './changelog-entries';

/** What the check compares: the API schema and changelog at the base, and as they are now. */
export interface SchemaChangeInput {
  /** The API schema's SDL at the base (schema/api.graphql there). */
  readonly baseSchema: string;
  /** The API schema's SDL now. */
  readonly schema: string;
  /** schema/CHANGELOG.md at the base; empty when it had none. */
  readonly baseChangelog: string;
  /** schema/CHANGELOG.md now. */
  readonly changelog: string;
}

/** One difference between the two schemas, as @graphql-inspector/core rates it. */
export interface SchemaChange {
  readonly level: CriticalityLevel;
  /** The schema coordinate it concerns (`Query.courses`, `Query.courses(first:)`, `Enum.VALUE`), or `schema`. */
  readonly coordinate: string;
  readonly message: string;
  /** The date of the changelog heading that lists it, when an entry added since the base does. */
  readonly listedOn?: string;
}

/** The outcome of `checkSchemaChange`. */
export interface SchemaCheckReport {
  /** Every difference, breaking first, then dangerous, then safe. */
  readonly changes: readonly SchemaChange[];
  /** Breaking changes that no changelog entry added since the base lists: each fails the check. */
  readonly unlisted: readonly SchemaChange[];
  /** Coordinates deprecated without `Removal after YYYY-MM-DD.` in their reason: each fails the check. */
  readonly undatedDeprecations: readonly string[];
  readonly passed: boolean;
}

/** The words a deprecation reason must hold: the date after which the deprecated element may go. */
export const REMOVAL_DATE = /Removal after (\d{4}-\d{2}-\d{2})\./;

const LEVEL_ORDER = [CriticalityLevel.Breaking, CriticalityLevel.Dangerous, CriticalityLevel.NonBreaking];

/**
 * Returns how the API schema changed since the base and whether the change
 * may ship: it may when every breaking change is listed by an entry that
 * schema/CHANGELOG.md gained since the base (an entry already there at the
 * base lists nothing new), and every deprecation says when its element may
 * be removed (`Removal after YYYY-MM-DD.`). Dangerous and safe changes pass.
 */
export async function checkSchemaChange(input: SchemaChangeInput): Promise<SchemaCheckReport> {
  const schema = buildSchema(input.schema);
  const atBase = new Set(changelogEntries(input.baseChangelog).map(({ date, coordinate }) => `${date} ${coordinate}`));
  const added = changelogEntries(input.changelog).filter(({ date, coordinate }) => !atBase.has(`${date} ${coordinate}`));
  const changes = (await diff(buildSchema(input.baseSchema), schema))
    .map((change): SchemaChange => {
      const coordinate = coordinateOf(change);
      const listedOn = added.find((entry) => entry.coordinate === coordinate)?.date;
      return { level: change.criticality.level, coordinate, message: change.message, ...(listedOn ? { listedOn } : {}) };
    })
    .sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || a.coordinate.localeCompare(b.coordinate));
  const unlisted = changes.filter((change) => change.level === CriticalityLevel.Breaking && !change.listedOn);
  const undatedDeprecations = deprecations(schema)
    .filter(({ reason }) => !isRealDate(REMOVAL_DATE.exec(reason)?.[1]))
    .map(({ coordinate }) => coordinate);
  return { changes, unlisted, undatedDeprecations, passed: unlisted.length === 0 && undatedDeprecations.length === 0 };
}

/**
 * Returns the schema coordinate of an inspector change from its path (`Type.field.argument` → `Type.field(argument:)`),
 * or the path itself for a directive's use.
 */
function coordinateOf(change: Change): string {
  if (!change.path) {
    return 'schema';
  }
  const parts = change.path.split('.');
  if (parts.slice(1).some((part) => part.startsWith('@'))) {
    // A directive's use on an element (`Type.field.@deprecated`): no schema coordinate names it.
    return change.path;
  }
  if (change.path.startsWith('@')) {
    return parts.length === 2 ? `${parts[0]}(${parts[1]}:)` : change.path;
  }
  return parts.length === 3 ? `${parts[0]}.${parts[1]}(${parts[2]}:)` : change.path;
}

/** Returns every deprecated field, argument, input field and enum value of a schema with its reason. */
function deprecations(schema: GraphQLSchema): Array<{ coordinate: string; reason: string }> {
  const found: Array<{ coordinate: string; reason: string }> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) {
      continue;
    }
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason != null) {
          found.push({ coordinate: `${type.name}.${field.name}`, reason: field.deprecationReason });
        }
        for (const argument of field.args) {
          if (argument.deprecationReason != null) {
            found.push({ coordinate: `${type.name}.${field.name}(${argument.name}:)`, reason: argument.deprecationReason });
          }
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason != null) {
          found.push({ coordinate: `${type.name}.${field.name}`, reason: field.deprecationReason });
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (value.deprecationReason != null) {
          found.push({ coordinate: `${type.name}.${value.name}`, reason: value.deprecationReason });
        }
      }
    }
  }
  return found;
}

/** Whether `date` is a `YYYY-MM-DD` day that exists (not 2027-02-30). */
function isRealDate(date: string | undefined): boolean {
  const day = new Date(`${date}T00:00:00Z`);
  return date !== undefined && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(date);
}
