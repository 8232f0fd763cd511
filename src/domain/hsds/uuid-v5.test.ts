import { describe, expect, it } from 'vitest';
import {
  NATIONAL_ORGANIZATION_ID,
  organizationIdFor,
  serviceIdForItem,
  taxonomyIdFor,
  termIdFor,
} from './ids';
import { isUuid, sha1, uuidV5 } from './uuid-v5';

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('sha1', () => {
  // FIPS 180 test vectors, plus lengths around the 55/56/64-byte padding edges and a multi-block
  // UTF-8 text; the expected digests were computed with Python's hashlib.
  it.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    ],
    ['a'.repeat(55), 'c1c8bbdc22796e28c0e15163d20899b65621d65a'],
    ['a'.repeat(56), 'c2db330f6083854c99d4b5bfb6e8f29f201be699'],
    ['a'.repeat(64), '0098ba824b5c16427bd7a1122a5a442a25ec644d'],
    ['Zoë € 😀 '.repeat(30), '48cff7cf55f3ab5af4d2a20645b26bd990785023'],
  ])('hashes %j correctly', (input, digest) => {
    expect(hex(sha1(utf8(input)))).toBe(digest);
  });
});

describe('uuidV5', () => {
  it('matches the RFC namespace examples (checked against Python uuid.uuid5)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(uuidV5('https://wegwijs.example/ë€😀', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toBe(
      'b44ddd42-368f-5b8f-a08f-350ea673b062',
    );
  });

  it('sets version 5 and the RFC variant', () => {
    const id = uuidV5('anything', '6ba7b810-9dad-11d1-80b4-00c04fd430c8');
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('5');
    expect('89ab').toContain(id[19]);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(/namespace/);
  });
});

describe('Wegwijs HSDS ids', () => {
  // Partners store these ids. They must never change: these values were computed independently
  // with Python's uuid.uuid5 from the namespace in ids.ts and the documented name patterns.
  it('are stable across runs and machines', () => {
    expect(termIdFor('capitals', 'economisch')).toBe('6b904d45-9d51-51d4-a342-2c828694968f');
    expect(taxonomyIdFor('capitals')).toBe('6694f374-7b80-5149-b164-1e5be2234745');
    expect(termIdFor('fields', 'samenvatting')).toBe('19501695-b143-5ba5-88b3-bfc6029d1262');
    expect(NATIONAL_ORGANIZATION_ID).toBe('21a74ddc-1e70-5326-890a-a0f5ba3fb875');
    expect(serviceIdForItem('budgetmaatjes')).toBe('759443ae-e7f4-549e-8e31-e8c7f8139d97');
  });

  it('keep the UUID a local item or organisation already has', () => {
    expect(serviceIdForItem('lokaal-0E5A1C2B-95C4-4E4B-9F0D-6A1C2B3D4E5F')).toBe(
      '0e5a1c2b-95c4-4e4b-9f0d-6a1c2b3d4e5f',
    );
    expect(organizationIdFor('0e5a1c2b-95c4-4e4b-9f0d-6a1c2b3d4e5f')).toBe(
      '0e5a1c2b-95c4-4e4b-9f0d-6a1c2b3d4e5f',
    );
    expect(isUuid(organizationIdFor('demo-organisatie'))).toBe(true);
  });

  it('tell the same code in different vocabularies apart', () => {
    // 'sociaal' is both a capital and a domain.
    expect(termIdFor('capitals', 'sociaal')).not.toBe(termIdFor('domains', 'sociaal'));
  });
});
