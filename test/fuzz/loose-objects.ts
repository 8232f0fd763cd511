import type { z } from 'zod';

// Where a zod schema would let an unknown field through: every object in it, at any depth, that is
// not strict (`z.strictObject` or `.strict()`). Records are maps whose keys the route checks
// itself (card ids, region ids), so they are followed but not reported.

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  getter?: () => z.ZodType;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The paths ('blocks.localPicture.figures', '(root)') of the objects that accept unknown keys. */
export function looseObjects(schema: unknown, path = '', seen = new Set<unknown>()): string[] {
  if (!schema || seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema as z.ZodType);
  const walk = (inner: z.ZodType | undefined, at: string) => looseObjects(inner, at, seen);
  switch (def.type) {
    case 'object': {
      const strict = def.catchall !== undefined && defOf(def.catchall).type === 'never';
      return [
        ...(strict ? [] : [path || '(root)']),
        ...Object.entries(def.shape ?? {}).flatMap(([key, inner]) =>
          walk(inner, path ? `${path}.${key}` : key),
        ),
      ];
    }
    case 'array':
      return walk(def.element, `${path}[]`);
    case 'record':
      return walk(def.valueType, `${path}{}`);
    case 'tuple':
      return (def.items ?? []).flatMap((inner) => walk(inner, `${path}[]`));
    case 'union':
      return (def.options ?? []).flatMap((inner) => walk(inner, path));
    case 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)];
    case 'pipe':
      return walk(def.in, path);
    case 'lazy':
      return walk(def.getter?.(), path);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return walk(def.innerType, path);
    default:
      return [];
  }
}
