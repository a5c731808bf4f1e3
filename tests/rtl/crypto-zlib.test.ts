import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Thread } from '../../runtime/vm/thread.js';
import { functions as bf } from '../../std/crypto-bf.js';
import { functions as zlib } from '../../std/zlib.js';

// these functions do not touch the thread unless an argument is wrong
const ctx = undefined as unknown as Thread;
const hex = (s: unknown) => Buffer.from(s as string, 'latin1').toString('hex').toUpperCase();
const bytes = (h: string) => Buffer.from(h, 'hex').toString('latin1');

test('Blowfish gives the published test vectors (raw ECB)', () => {
  const vectors: Array<[string, string, string]> = [
    ['0000000000000000', '0000000000000000', '4EF997456198DD78'],
    ['FFFFFFFFFFFFFFFF', 'FFFFFFFFFFFFFFFF', '51866FD5B85ECB8A'],
    ['3000000000000000', '1000000000000001', '7D856F9A613063F2'],
    ['0123456789ABCDEF', '1111111111111111', '61F9C3802281B096'],
  ];
  for (const [key, plain, cipher] of vectors) {
    const k = bf.HB_BLOWFISHKEY(ctx, bytes(key));
    assert.equal(hex(bf.HB_BLOWFISHENCRYPT(ctx, k, bytes(plain), true)), cipher);
    assert.equal(hex(bf.HB_BLOWFISHDECRYPT(ctx, k, bytes(cipher), true)), plain);
  }
});

test('Blowfish keys hold the state as Harbour lays it out in memory', () => {
  const k = bf.HB_BLOWFISHKEY(ctx, 'secret') as string;
  assert.equal(k.length, 4168);
  // recorded from Harbour 3.2: hb_StrToHex( Left( hb_BlowfishKey( "secret" ), 16 ) )
  assert.equal(hex(k.slice(0, 16)), '5268D8AFD8E53EBF563DA19C6269A36B');
  assert.equal(bf.HB_BLOWFISHKEY(ctx, ''), undefined);
});

test('hb_ZCompress gives zlib\'s bytes and hb_ZUncompress reads them back', () => {
  // recorded from Harbour 3.2 (zlib 1.2.13)
  assert.equal(hex(zlib.HB_ZCOMPRESS(ctx, 'hello hello hello')), '789CCB48CDC9C957C84090003A2E067D');
  assert.equal(zlib.HB_ZUNCOMPRESS(ctx, bytes('789CCB48CDC9C957C84090003A2E067D')), 'hello hello hello');
  assert.equal(zlib.HB_ZCOMPRESSBOUND(ctx, 100), 113);
  assert.equal(zlib.HB_ZUNCOMPRESSLEN(ctx, 'xyz'), -1);
});
