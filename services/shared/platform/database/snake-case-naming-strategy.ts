import { DefaultNamingStrategy, type NamingStrategyInterface } from 'typeorm';

/** Maps camelCase entity properties to snake_case columns (`craftSlugs` → `craft_slugs`). */
export class SnakeCaseNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, embeddedPrefixes: string[]): string {
    return customName ?? [...embeddedPrefixes, propertyName].map(toSnakeCase).join('_');
  }
}

function toSnakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
