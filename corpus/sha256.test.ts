import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from './sha256';

const node = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256 (pure JavaScript)', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto across block boundaries and on non-ASCII text', () => {
    for (const n of [1, 55, 56, 63, 64, 65, 119, 120, 1000]) expect(sha256('x'.repeat(n))).toBe(node('x'.repeat(n)));
    const text = 'Zełenski — «Курск» 🚢 İstanbul\n'.repeat(50);
    expect(sha256(text)).toBe(node(text));
  });
});
