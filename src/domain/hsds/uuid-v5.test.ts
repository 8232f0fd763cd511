import { describe, expect, it } from 'vitest';
import {
  NATIONAL_ORGANIZATION_ID,
  organizationIdFor,
  serviceIdForItem,
  taxonomyIdFor,
  termIdFor,
} from './ids';
import { isUuid, uuidV5 } from './uuid-v5';

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
