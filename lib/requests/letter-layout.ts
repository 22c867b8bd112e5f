/**
 * How a letter's text sits on paper, shared by the print view and the PDF: a letter is stored as
 * plain paragraphs (blank-line separated, editable by the handler), and laid out as Chinese official
 * letters are: the salutation (“赵市民：”) flush left, body paragraphs indented by two characters,
 * and the sender's name and date right-aligned at the end.
 */

export interface LaidParagraph {
  text: string;
  align: "left" | "right";
  /** First-line indent of two characters. */
  indent: boolean;
}

/** 2026年11月23日, or with Chinese numerals (二〇二六年十一月二十三日). */
const DATE_LINE = /^(\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/u;

/** A signature line: short, no sentence punctuation. */
const isSignature = (text: string) => text.length <= 40 && !/[。，；：！？]/u.test(text);

export function layoutLetter(body: string): LaidParagraph[] {
  const paragraphs = body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  // The closing block: a date line at the end, and the sender's name right above it.
  let closingStart = paragraphs.length;
  if (paragraphs.length > 0 && DATE_LINE.test(paragraphs.at(-1)!)) {
    closingStart = paragraphs.length - 1;
    if (paragraphs.length > 1 && isSignature(paragraphs.at(-2)!)) closingStart--;
  }
  return paragraphs.map((text, i) => {
    if (i >= closingStart) return { text, align: "right", indent: false };
    const salutation = i === 0 && /[：:]$/u.test(text) && text.length <= 40;
    return { text, align: "left", indent: !salutation };
  });
}
