import { describe, expect, it } from "vitest";
import { checkUnitCode, childPath, depthOf, flattenTree, orgCodeCheckChar, usccCheckChar } from "./model";

// Reference codes, each verified by hand with the published algorithms (not with the code under test).
//
// GB 32100-2015 统一社会信用代码: characters map to 0–30 over "0123456789ABCDEFGHJKLMNPQRTUWXY"
// (A=10 … H=17, J=18 … N=22, P=23, Q=24, R=25, T=26, U=27, W=28, X=29, Y=30), weights
// 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28, check = value (31 − sum mod 31) mod 31.
// GB 11714-1997 组织机构代码: digits as-is, letters A=10 … Z=35, weights 3 7 9 10 5 8 4 2,
// check = 11 − sum mod 11, where 10 is written X and 11 is written 0.
const USCC = {
  // The standard's own example. 9·1+1·3+3·9+5·27+0·19+1·26+0·16+0·17+M(21)·20+0+0+0+1·8+0+0+Y(30)·30+4·28
  // = 9+3+27+135+26+420+8+900+112 = 1640; 1640 mod 31 = 28; 31−28 = 3 → "3".
  standardExample: "91350100M000100Y43",
  // 华为技术有限公司. 9+3+36+108+0+78+0+0+20+261+50+26+0+72+80+60+28 = 831; 831 mod 31 = 25; 31−25 = 6 → "6".
  huawei: "914403001922038216",
  // 9+3+9+27+0+26+0+136+100+0+0+0+0+0+20+60+168 = 558 = 18·31, so mod 31 = 0 and the check is (31−0) mod 31 = 0 → "0".
  checkZero: "911101085000002260",
  // 9+3+9+27+0+26+0+136+100+0+0+0+0+0+10+0+84 = 404; 404 mod 31 = 1; 31−1 = 30 → "Y".
  checkLetter: "91110108500000103Y",
};

const ORG = {
  // D(13)·3+2·7+1·9+4·10+3·5+5·8+6·4+9·2 = 39+14+9+40+15+40+24+18 = 199; 199 mod 11 = 1; 11−1 = 10 → "X".
  checkX: "D2143569-X",
  // Embedded in the standard's USCC example: M(22)·3+0+0+0+1·5+0+0+Y(34)·2 = 66+5+68 = 139; 139 mod 11 = 7; 11−7 = 4.
  withLetters: "M000100Y4",
  // 1·3+2·7+3·9+4·10+0+0+0+2·2 = 88 = 8·11, so 11−0 = 11, written "0".
  checkZero: "12340002-0",
  // Embedded in the Huawei code: 3+63+18+20+0+24+32+4 = 164; 164 mod 11 = 10; 11−10 = 1.
  huawei: "19220382-1",
};

const USCC_ALPHABET = [..."0123456789ABCDEFGHJKLMNPQRTUWXY"];

describe("usccCheckChar", () => {
  it.each(Object.entries(USCC))("computes the check character of %s (%s)", (_, code) => {
    expect(usccCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it.each(["I", "O", "Z", "S", "V", "a", "-", " "])("returns null when the body contains %j, which is outside the alphabet", (bad) => {
    const body = USCC.huawei.slice(0, 17);
    expect(usccCheckChar(bad + body.slice(1))).toBeNull();
    expect(usccCheckChar(body.slice(0, 16) + bad)).toBeNull();
  });

  // BUG: a missing character is read as "", and USCC_ALPHABET.indexOf("") is 0, so a short body is
  // silently padded with zeros instead of being rejected as the doc comment promises. Drop `.fails` once fixed.
  it("returns null for a body shorter than 17 characters", () => {
    expect(usccCheckChar(USCC.huawei.slice(0, 16))).toBeNull();
  });
});

describe("orgCodeCheckChar", () => {
  it.each(Object.entries(ORG))("computes the check character of %s (%s)", (_, code) => {
    const plain = code.replace("-", "");
    expect(orgCodeCheckChar(plain.slice(0, 8))).toBe(plain[8]);
  });

  it.each([["1234567"], ["1234567a"], ["1234-567"], [""]])("returns null for the invalid body %j", (body) => {
    expect(orgCodeCheckChar(body)).toBeNull();
  });
});

describe("checkUnitCode", () => {
  it.each([...Object.values(USCC), ...Object.values(ORG), "M000100Y4", "D2143569X"])("accepts the valid code %s", (code) => {
    expect(checkUnitCode(code)).toBeNull();
  });

  it.each(["ZF", "ZF-001", "ABC123", "A".repeat(32), "12345678", "1234567890", "12345678901234567", "1234567890123456789"])(
    "accepts the local code %s, which has no checksum",
    (code) => {
      expect(checkUnitCode(code)).toBeNull();
    },
  );

  it.each([
    ["too short", "A"],
    ["too long", "A".repeat(33)],
    ["empty", ""],
    ["lower case", "zf-001"],
    ["lower-case USCC", USCC.checkLetter.toLowerCase()],
    ["a space", "ZF 001"],
    ["an underscore", "ZF_001"],
    ["Chinese", "区政府"],
  ])("rejects a code with %s", (_, code) => {
    expect(checkUnitCode(code)).toBe("单位代码只能包含大写字母、数字和连字符，长度 2–32 位");
  });

  const usccError = "统一社会信用代码校验位不正确，请核对";
  const orgError = "组织机构代码校验位不正确，请核对";

  it("rejects a USCC whose check character is any other character", () => {
    for (const code of Object.values(USCC)) {
      for (const ch of [...USCC_ALPHABET, "I", "O", "S", "V", "Z"]) {
        if (ch === code[17]) continue;
        expect(checkUnitCode(code.slice(0, 17) + ch), `${code} → …${ch}`).toBe(usccError);
      }
    }
  });

  // Weights are non-zero mod 31 (a prime), so the checksum catches every single-character substitution.
  it("rejects a USCC with any single body character replaced", () => {
    const code = USCC.huawei;
    for (let i = 0; i < 17; i++) {
      for (const ch of USCC_ALPHABET) {
        if (ch === code[i]) continue;
        const typo = code.slice(0, i) + ch + code.slice(i + 1);
        expect(checkUnitCode(typo), typo).toBe(usccError);
      }
    }
  });

  it("rejects a USCC with two adjacent body characters swapped", () => {
    const code = USCC.standardExample;
    for (let i = 0; i < 16; i++) {
      if (code[i] === code[i + 1]) continue;
      const typo = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      expect(checkUnitCode(typo), typo).toBe(usccError);
    }
  });

  it("rejects an 18-character code using letters the USCC alphabet leaves out", () => {
    // "O" instead of "0" is the classic typo; the alphabet excludes it precisely so it is caught.
    expect(checkUnitCode("9111O1085000002260")).toBe(usccError);
  });

  it("treats an 18-character code with a hyphen as a local code", () => {
    expect(checkUnitCode("ZF-000000000000000")).toBeNull();
  });

  it.each(Object.values(ORG))("rejects %s with any other check character, with or without the hyphen", (code) => {
    const body = code.replace("-", "").slice(0, 8);
    for (const ch of [..."0123456789X"]) {
      if (ch === code.at(-1)) continue;
      expect(checkUnitCode(`${body}-${ch}`)).toBe(orgError);
      expect(checkUnitCode(`${body}${ch}`)).toBe(orgError);
    }
  });

  // The weights are non-zero mod 11, so any change of one digit is caught.
  it("rejects an org code with any single body digit replaced", () => {
    const code = ORG.checkZero;
    for (let i = 0; i < 8; i++) {
      for (const d of "0123456789") {
        if (d === code[i]) continue;
        const typo = code.slice(0, i) + d + code.slice(i + 1);
        expect(checkUnitCode(typo), typo).toBe(orgError);
      }
    }
  });

  it("does not check a 10-character code whose hyphen is elsewhere", () => {
    expect(checkUnitCode("D214-3569X")).toBeNull();
    expect(checkUnitCode("ZF-0000001")).toBeNull();
  });
});

describe("childPath and depthOf", () => {
  it.each([
    [null, 1, "/1/", 0],
    ["/1/", 7, "/1/7/", 1],
    ["/1/7/", 12, "/1/7/12/", 2],
  ])("childPath(%j, %i) is %s at depth %i", (parent, id, path, depth) => {
    expect(childPath(parent, id)).toBe(path);
    expect(depthOf(path)).toBe(depth);
  });

  it("a child is always one level deeper than its parent", () => {
    let path = childPath(null, 3);
    for (let level = 1; level <= 6; level++) {
      const next = childPath(path, 100 + level);
      expect(depthOf(next)).toBe(depthOf(path) + 1);
      expect(next.startsWith(path)).toBe(true);
      path = next;
    }
  });
});

describe("flattenTree", () => {
  type U = {
    id: number;
    parentId: number | null;
    sortOrder: number;
    name: string;
  };
  const u = (id: number, parentId: number | null, sortOrder: number, name: string): U => ({ id, parentId, sortOrder, name });
  const rows = (units: U[]) => flattenTree(units).map(({ item, depth }) => [item.id, depth]);

  it("puts children right after their parent, each level one deeper", () => {
    const units = [u(4, 2, 0, "孙"), u(3, 1, 1, "乙"), u(2, 1, 0, "甲"), u(1, null, 0, "根")];
    expect(rows(units)).toEqual([
      [1, 0],
      [2, 1],
      [4, 2],
      [3, 1],
    ]);
  });

  it("orders siblings by sortOrder before name", () => {
    const units = [u(1, null, 0, "根"), u(2, 1, 5, "A"), u(3, 1, 1, "Z"), u(4, 1, 3, "M")];
    expect(rows(units).map(([id]) => id)).toEqual([1, 3, 4, 2]);
  });

  it("orders siblings with the same sortOrder by name in Chinese (pinyin) order, not by code point", () => {
    // Code points: 上 U+4E0A < 北 U+5317 < 天 U+5929; pinyin: bei < shang < tian.
    const units = [u(1, null, 0, "天津"), u(2, null, 0, "上海"), u(3, null, 0, "北京")];
    expect(flattenTree(units).map(({ item }) => item.name)).toEqual(["北京", "上海", "天津"]);
  });

  it("makes units whose parent is not in the list roots, sorted with the other roots", () => {
    // An admin of units 5 and 9 sees two subtrees whose parents (1) are outside their scope.
    const units = [u(9, 1, 0, "乙"), u(10, 9, 0, "丙"), u(5, 1, 0, "甲")];
    expect(rows(units)).toEqual([
      [5, 0],
      [9, 0],
      [10, 1],
    ]);
  });

  it("returns every unit exactly once and leaves the input untouched", () => {
    const units = [u(3, 1, 0, "c"), u(1, null, 0, "a"), u(2, 1, 0, "b"), u(4, 99, 0, "d")];
    const before = units.map((x) => x.id);
    const out = flattenTree(units);
    expect(out.map(({ item }) => item.id).sort()).toEqual([1, 2, 3, 4]);
    expect(out.every(({ item }) => units.includes(item))).toBe(true);
    expect(units.map((x) => x.id)).toEqual(before);
  });

  it("returns an empty list for no units", () => {
    expect(flattenTree([])).toEqual([]);
  });
});
