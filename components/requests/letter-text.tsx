import { layoutLetter } from "@/lib/requests/letter-layout";

/** A letter's text as on paper (and in the PDF): salutation flush left, body indented, sender and date on the right. */
export function LetterText({ body, className = "" }: { body: string; className?: string }) {
  return (
    <div className={`space-y-3 leading-relaxed ${className}`}>
      {layoutLetter(body).map((p, i) => (
        <p key={i} className={`whitespace-pre-wrap ${p.align === "right" ? "text-right" : ""} ${p.indent ? "indent-[2em]" : ""}`}>
          {p.text}
        </p>
      ))}
    </div>
  );
}
