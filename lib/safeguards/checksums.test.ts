import { describe, expect, it } from "vitest";
import {
  isCalendarDate,
  isValidResidentId15,
  isValidResidentId18,
  isValidSocialCreditCode,
  luhnCheckDigit,
  passesLuhn,
  residentIdCheckChar,
} from "./checksums";

// Published examples, so the corpus helpers that build numbers with these functions rest on known values.
describe("resident ID check character (GB 11643)", () => {
  it.each([
    ["11010519491231002", "X"],
    ["44052418800101001", "4"],
  ])("%s → %s (examples of the standard)", (first17, check) => {
    expect(residentIdCheckChar(first17)).toBe(check);
  });

  it("validates province, date and check character", () => {
    expect(isValidResidentId18("11010519491231002X")).toBe(true);
    expect(isValidResidentId18("11010519491231002x")).toBe(true);
    expect(isValidResidentId18("110105194912310021")).toBe(false);
    expect(isValidResidentId18("440524188001010014")).toBe(false); // born before 1900
    expect(isValidResidentId18("11010519491231002X", { year: 1949, month: 12, day: 30 })).toBe(false);
    expect(isValidResidentId18("11010519491231002X", { year: 1949, month: 12, day: 31 })).toBe(true);
  });

  it("validates the 15-digit generation by province and date", () => {
    expect(isValidResidentId15("110105491231002")).toBe(true);
    expect(isValidResidentId15("990105491231002")).toBe(false);
    expect(isValidResidentId15("110105490231002")).toBe(false);
  });

  it("knows leap years", () => {
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2023, 2, 29)).toBe(false);
    expect(isCalendarDate(2023, 4, 31)).toBe(false);
  });
});

describe("Luhn", () => {
  it.each(["79927398713", "4111111111111111", "5500005555555559", "6011000990139424"])("%s passes", (number) => {
    expect(passesLuhn(number)).toBe(true);
  });

  it("fails a changed digit and non-digits", () => {
    expect(passesLuhn("79927398710")).toBe(false);
    expect(passesLuhn("4111 1111 1111 1111")).toBe(false);
    expect(luhnCheckDigit("7992739871")).toBe("3");
  });
});

describe("unified social credit code (GB 32100)", () => {
  it("accepts a published example and rejects a changed check character", () => {
    expect(isValidSocialCreditCode("91350100M000100Y43")).toBe(true);
    expect(isValidSocialCreditCode("91350100M000100Y44")).toBe(false);
    expect(isValidSocialCreditCode("91350100I000100Y43")).toBe(false);
  });
});
