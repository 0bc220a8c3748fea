import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
import { schema } from '../src/graphql/index.js';
import { printSchemaSDL } from '../src/graphql/print.js';

describe('the schema', () => {
  it('matches the committed schema/schema.graphql (run `npm run schema:print` after changing it)', () => {
    expect(readFileSync(join(projectRoot, 'schema', 'schema.graphql'), 'utf8')).toBe(printSchemaSDL());
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    const own = Object.values(schema.getTypeMap()).filter((t: GraphQLNamedType) => !t.name.startsWith('__'));
    for (const type of own) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          if ('args' in field) for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
      if (isUnionType(type) && type.getTypes().length === 0) missing.push(`${type.name} (empty union)`);
    }
    expect(missing).toEqual([]);
  });

  it('has the root fields clients rely on', () => {
    const fields = Object.keys(schema.getQueryType()!.getFields()).sort();
    expect(fields).toEqual(expect.arrayContaining([
      'node', 'nodes', 'article', 'articles', 'actor', 'actors', 'event', 'events', 'quotes', 'claims',
      'expertOpinions', 'search', 'dataset',
    ]));
  });
});
