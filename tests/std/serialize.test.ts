import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VM } from '../../runtime/vm/vm.js';
import { registerStd } from '../../std/registry.js';
import { deserialize, serialize } from '../../std/serialize.js';
import { HbDate, HbHash, HbNum, HbTimestamp, type Value } from '../../runtime/values/types.js';
import { hashSet } from '../../runtime/hash.js';

const vm = new VM();
registerStd(vm);
const ctx = vm.main;

const hex = (s: string): string => Buffer.from(s, 'latin1').toString('hex').toUpperCase();
const bytes = (h: string): string => Buffer.from(h, 'hex').toString('latin1');

// expected bytes recorded from Harbour 3.2's hb_Serialize()
test('hb_Serialize writes Harbour\'s bytes', () => {
  const h = new HbHash();
  hashSet(h, 'a', 1);
  hashSet(h, 2, 'b');
  const shared = [1];
  const cyclic: Value[] = [];
  cyclic.push(cyclic);
  const rows: Array<[Value, string, number?]> = [
    [undefined, '00'], [true, '01'], [0, '03'], [-129, '057FFF'], [8388608, '0700008000'],
    [-2147483649, '08FFFFFF7FFFFFFFFF'], [new HbNum(1.5, 0, 2), '09000000000000F83F'],
    [new HbNum(1.5, 10, 1), '26000000000000F83F0A01', 1], [new HbNum(12, 2, 0), '210C02', 1],
    [new HbDate(2460341), '0AB58A25'], [new HbTimestamp(2460341, 45296789), '27B58A2500952CB302'],
    ['', '1D'], ['abc  ', '1E0302616263'], ['abc ', '0B0461626320'], [' '.repeat(256), '1F00000001'],
    [[1, 'a', [2]], '0E0304010B01610E010402'], [h, '14020B0161040104020B0162'],
    [[shared, shared], '0E02110104011B02000000'], [cyclic, '11011B00000000'],
    [[shared, shared], '0E020E0104010E010401', 8],
  ];
  for (const [v, want, flags] of rows) assert.equal(hex(serialize(v, flags ?? 0, null)), want);
});

// zlib's compress2() at the default level, as Harbour calls it when built with zlib
test('HB_SERIALIZE_COMPRESS stores zlib data when it is shorter', () => {
  const s = 'abc'.repeat(100);
  assert.equal(hex(serialize(s, 4, null)), '2A110000002F010000789CE3D1614C4C4A1E45442200CB997312');
  assert.equal(hex(serialize('short', 4, null)), '0B0573686F7274');
  assert.equal(deserialize(ctx, serialize(s, 4, null), null)?.value, s);
});

test('hb_Deserialize gives NIL for incomplete data and reports where the item ends', () => {
  for (const h of ['0B05616263', '0E020401', '1B00000000', '04', '0E0211011B00000000', '2903']) {
    assert.equal(deserialize(ctx, bytes(h), null), null, h);
  }
  assert.deepEqual(deserialize(ctx, bytes('04616263'), null), { value: 97, end: 2 });
  const r = deserialize(ctx, bytes('11011B00000000'), null)?.value as Value[];
  assert.equal(r[0], r);
});
