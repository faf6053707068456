/**
 * Tests of one BMP code unit against a one-character pattern (`/[\p{L}\p{N}]/u`), memoised
 * in a 64 KiB table: the readers' character scans ask about the same few hundred code units
 * millions of times, and a regular expression per character is their slowest part.
 */
export function memoizedUnitTest(re: RegExp): (code: number) => boolean {
  /** Per code unit: 1 when it matches, 2 when not, 0 not known yet. */
  const table = new Uint8Array(0x10000);
  return (code: number): boolean => {
    let k = table[code]!;
    if (k === 0) {
      k = re.test(String.fromCharCode(code)) ? 1 : 2;
      table[code] = k;
    }
    return k === 1;
  };
}
