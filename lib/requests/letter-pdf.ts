import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import { layoutLetter } from "./letter-layout";

/**
 * A letter as an A4 PDF, laid out after the national standard for official documents (GB/T 9704):
 * 37 mm top and 28 mm left margin, title in 22 pt bold, text in 16 pt with about 22 lines a page, page
 * numbers as “— 1 —”. The text is set in Noto Serif SC (SIL Open Font License, from the npm package
 * @expo-google-fonts/noto-serif-sc), embedded as a subset of the characters used, so the file opens
 * the same everywhere and stays small. An unapproved answer carries “草稿” across every page.
 */

const FONT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@expo-google-fonts", "noto-serif-sc");
const REGULAR = path.join(FONT_DIR, "400Regular", "NotoSerifSC_400Regular.ttf");
const BOLD = path.join(FONT_DIR, "700Bold", "NotoSerifSC_700Bold.ttf");

const MM = 72 / 25.4;
const TEXT_SIZE = 16;
/** GB/T 9704: 22 lines in the 225 mm text area, i.e. a line pitch of about 28.9 pt. */
const LINE_PITCH = (225 * MM) / 22;

export interface PrintableLetter {
  title: string;
  body: string;
  /** Not approved yet: must not reach the applicant. */
  draft: boolean;
  /** For the document properties, e.g. the tracking code. */
  subject: string;
}

export function renderLetterPdf(letter: PrintableLetter): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM },
    bufferPages: true,
    lang: "zh-CN",
    displayTitle: true,
    info: { Title: letter.title, Subject: letter.subject, Creator: "Gongkai" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("text", REGULAR);
  doc.registerFont("title", BOLD);

  doc.font("title").fontSize(22).text(letter.title, { align: "center" });
  doc.moveDown(1);
  doc.font("text").fontSize(TEXT_SIZE);
  const lineGap = LINE_PITCH - doc.currentLineHeight();
  for (const paragraph of layoutLetter(letter.body)) {
    doc.text(paragraph.text, { align: paragraph.align === "right" ? "right" : "justify", indent: paragraph.indent ? 2 * TEXT_SIZE : 0, lineGap });
  }

  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    if (letter.draft) {
      doc.save();
      doc.rotate(-35, { origin: [doc.page.width / 2, doc.page.height / 2] });
      doc.font("title").fontSize(96).fillColor("#b91c1c", 0.15);
      doc.text("草稿", 0, doc.page.height / 2 - 60, { width: doc.page.width, align: "center", lineBreak: false });
      doc.restore();
    }
    // Page numbers sit in the bottom margin; without margins cleared, pdfkit would start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("text").fontSize(14).fillColor("black", 1);
    doc.text(`— ${i - start + 1} —`, 0, doc.page.height - 22 * MM, { width: doc.page.width, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
