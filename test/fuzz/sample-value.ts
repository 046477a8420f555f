import type { JsonSchema } from './openapi-operations.ts';

export const someUuid = '00000000-0000-4000-8000-000000000000';

/**
 * A plausible value for a schema: enough to get past the first checks, so that a hostile value
 * put into one field meets the code behind the validation, not just a "required" complaint.
 */
export function sampleValue(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return null;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (variants && variants.length > 0) {
    const concrete = variants.find((variant) => variant.type !== 'null') ?? variants[0];
    return sampleValue(concrete, depth + 1);
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return sampleString(schema);
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const name of schema.required ?? [])
        result[name] = sampleValue(schema.properties?.[name], depth + 1);
      return result;
    }
    default:
      return null;
  }
}

function sampleString(schema: JsonSchema): string {
  switch (schema.format) {
    case 'uuid':
      return someUuid;
    case 'email':
      return 'fuzz@example.test';
    case 'date':
      return '2030-01-15';
    case 'date-time':
      return '2030-01-15T14:00:00.000Z';
    case 'uri':
      return 'https://example.test/';
    default:
      return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
  }
}
