import { describe, expect, it } from "vitest";
import { card, id } from "./corpus";
import { scanText } from "./detectors";
import { maskAllInHtml, maskInHtml, scanHtml } from "./html";
import { isMaskable, maskAll, maskFinding, maskedValue } from "./mask";
import { type Finding } from "./model";

const only = (text: string): Finding => {
  const [finding, ...rest] = scanText(text, { wordLists: [] });
  if (!finding || rest.length > 0) throw new Error(`expected one finding in ${text}`);
  return finding;
};
const masked = (text: string) => maskFinding(text, only(text));

describe("maskFinding", () => {
  it.each([
    ["resident ID: first 3 and last 4", `身份证${id("11010519800101123")}`, `身份证110***********${id("11010519800101123").slice(-4)}`],
    ["resident ID ending in X", "身份证11010519491231002X", "身份证110***********002X"],
    ["old 15-digit ID", "旧证110105800101123", "旧证110********1123"],
    ["mobile: first 3 and last 4", "手机13812345678", "手机138****5678"],
    ["mobile with separators", "手机138 1234 5678", "手机138 **** 5678"],
    ["mobile with +86", "手机+86 13812345678", "手机+86 138****5678"],
    ["landline: area code and last 2", "电话0571-87654321", "电话0571-******21"],
    ["landline in brackets", "电话（010）65432100", "电话（010）******00"],
    ["landline without separator", "电话：02887654321", "电话：028******21"],
    ["landline with extension", "电话0571-88881234转8012", "电话0571-********转**12"],
    ["bank card: last 4", `卡号${card("622202100112345678")}`, `卡号***************${card("622202100112345678").slice(-4)}`],
    ["grouped bank card", "卡号4111 1111 1111 1111", "卡号**** **** **** 1111"],
    ["e-mail: first character and domain", "邮箱zhang.san@163.com", "邮箱z***@163.com"],
    ["full-width mobile", "手机１３８１２３４５６７８", "手机１３８****５６７８"],
    ["full-width e-mail", "邮箱ｌｉ＠ｑｑ．ｃｏｍ", "邮箱ｌ***＠ｑｑ．ｃｏｍ"],
    ["address: its numbers", "住址：文三路100号3幢2单元501室", "住址：文三路***号*幢*单元***室"],
    ["address with Chinese numerals", "住址：张家村三组十五号", "住址：张家村*组**号"],
  ])("%s", (_case, text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it("leaves marks and words alone", () => {
    const text = "机密★5年";
    expect(maskFinding(text, only(text))).toBe(text);
    expect(isMaskable("CLASSIFICATION_MARK")).toBe(false);
    expect(maskedValue({ type: "WRONG_EXPRESSION", match: "布署" })).toBeNull();
  });

  it("refuses a finding that no longer matches the text", () => {
    const finding = only("手机13812345678");
    expect(() => maskFinding("手机 13812345678", finding)).toThrow(/Stale finding/);
  });
});

describe("maskAll", () => {
  it("masks every personal finding, from the end so offsets stay valid", () => {
    const text = `机密★5年\n申请人${id("33010619751230204")}，手机13812345678，邮箱li@qq.com，布署`;
    const result = maskAll(text, scanText(text));
    expect(result).toBe("机密★5年\n申请人330***********2044，手机138****5678，邮箱l***@qq.com，布署".replace("2044", id("33010619751230204").slice(-4)));
  });

  it("returns the text unchanged without findings", () => {
    expect(maskAll("无", [])).toBe("无");
  });

  it("skips a finding overlapping one already masked", () => {
    const text = "手机13812345678";
    const finding = only(text);
    const overlapping: Finding = { ...finding, start: finding.start + 1, match: text.slice(finding.start + 1, finding.end) };
    expect(maskAll(text, [finding, overlapping])).toBe(maskFinding(text, overlapping));
  });
});

describe("HTML bodies", () => {
  it("scans the visible text with a line per block, decoding entities", () => {
    const { text, findings } = scanHtml("<p>机密</p><p>联系电话&nbsp;0571-8765&nbsp;4321，邮箱a&#64;b.cn</p><table><tr><td>秘密</td><td>x</td></tr></table>");
    expect(text).toBe("机密\n联系电话\u00a00571-8765\u00a04321，邮箱a@b.cn\n秘密\tx\n");
    expect(findings.map((f) => [f.type, f.match])).toEqual([
      ["CLASSIFICATION_MARK", "机密"],
      ["LANDLINE", "0571-8765\u00a04321"],
      ["EMAIL", "a@b.cn"],
    ]);
  });

  it("ignores tags, attributes, comments and scripts", () => {
    const { text, findings } = scanHtml('<!-- 13812345678 --><a href="tel:13812345678" title="秘密★1年">电话</a><script>13812345678</script>');
    expect(text).toBe("电话");
    expect(findings).toEqual([]);
  });

  it("masks a number split by markup without breaking the markup", () => {
    const html = "<p>手机138<strong>1234</strong>5678，请联系</p>";
    const { findings } = scanHtml(html);
    expect(findings.map((f) => f.match)).toEqual(["13812345678"]);
    expect(maskAllInHtml(html, findings)).toBe("<p>手机138<strong>****</strong>5678，请联系</p>");
  });

  it("masks an e-mail address in the text and in a mailto: link", () => {
    const html = '<p>来信请寄<a href="mailto:zhang.san@163.com?subject=a&amp;b">zhang.san@163.com</a>。</p>';
    const [finding] = scanHtml(html).findings;
    expect(finding && maskInHtml(html, finding)).toBe('<p>来信请寄<a href="mailto:z***@163.com?subject=a&amp;b">z***@163.com</a>。</p>');
  });

  it("masks a value with a different length across markup into the first run", () => {
    const html = "<p>邮箱<em>zhang</em>.san@163.com</p>";
    const { findings } = scanHtml(html);
    expect(maskAllInHtml(html, findings)).toBe("<p>邮箱<em>z***@163.com</em></p>");
  });

  it("keeps entities and text that are not masked", () => {
    const html = "<p>A &amp; B：0571-8765&nbsp;4321 &lt;x&gt;</p>";
    const { findings } = scanHtml(html);
    expect(maskAllInHtml(html, findings)).toBe("<p>A &amp; B：0571-****&nbsp;**21 &lt;x&gt;</p>");
  });

  it("masks several findings and gives the same text as masking the plain text", () => {
    const html = `<h2>名单</h2><ul><li>张某 ${id("33010619751230204")} 手机13812345678</li><li>李某 卡号${card("622202100112345678")}</li></ul>`;
    const { text, findings } = scanHtml(html);
    const result = maskAllInHtml(html, findings);
    expect(scanHtml(result).text).toBe(maskAll(text, findings));
    expect(scanHtml(result).findings).toEqual([]);
  });

  it("refuses findings from another text", () => {
    const finding = only("手机13812345678");
    expect(() => maskInHtml("<p>手机13900000000</p>", finding)).toThrow(/Stale finding/);
  });
});
