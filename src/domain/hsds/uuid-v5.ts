// Name-based UUIDs (version 5, RFC 9562 §5.5) from the maintained `uuid` package, which runs in
// Node and in the browser (synchronously in both), so the same id comes out everywhere. SHA-1 is
// used only because UUID v5 prescribes it; these ids are labels, not security tokens.
import { v5 } from 'uuid';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID in its usual text form (any version), e.g. '3a8eb739-bfee-4da4-b98c-bc0de618936d'. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The version 5 UUID of `name` (UTF-8) in `namespace`: the same inputs give the same id, always. */
export function uuidV5(name: string, namespace: string): string {
  // Checked here so the message names the namespace (`uuid` throws a bare 'Invalid UUID').
  if (!isUuid(namespace)) throw new Error(`uuidV5: the namespace is not a UUID: '${namespace}'`);
  return v5(name, namespace);
}
