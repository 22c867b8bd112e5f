/**
 * Encodes text as GB18030 for tests (Node's TextEncoder writes only UTF-8): ASCII as is, other
 * characters by a table of the two-byte GBK range built once from Node's GB18030 TextDecoder.
 * Enough for the Chinese text of test fixtures; throws for a character outside the table.
 */
let table: Map<string, number[]> | null = null;

function buildTable(): Map<string, number[]> {
  const decoder = new TextDecoder("gb18030");
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== "\ufffd" && !map.has(char)) map.set(char, [lead, trail]);
    }
  return map;
}

export function encodeGb18030(text: string): Buffer {
  table ??= buildTable();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`no GB18030 test encoding for ${char}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}
