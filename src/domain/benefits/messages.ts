// The field a zod issue is about, as the dotted path the forms and the API use.
export function pathToField(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.');
}
