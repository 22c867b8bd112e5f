import { describe, expect, it } from "vitest";
import { z } from "zod";
import { domainFailure, formValues, validationFailure } from "./action-result";
import { DomainError, defaultMessage } from "./errors";

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("formValues", () => {
  it("keeps single values as strings and repeated names as arrays in submission order", () => {
    const values = formValues(
      form([
        ["username", "li.ming"],
        ["roles", "CLERK"],
        ["displayName", "李明"],
        ["roles", "REVIEWER"],
        ["roles", "LEADER"],
      ]),
    );
    expect(values).toEqual({
      username: "li.ming",
      roles: ["CLERK", "REVIEWER", "LEADER"],
      displayName: "李明",
    });
  });

  it("drops React's $ACTION fields but keeps names that merely contain it", () => {
    const values = formValues(
      form([
        ["$ACTION_ID_7f3a", ""],
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", "{}"],
        ["$ACTION_KEY", "k"],
        ["name", "示范区"],
        ["x$ACTION", "kept"],
      ]),
    );
    expect(values).toEqual({ name: "示范区", x$ACTION: "kept" });
  });

  it("keeps empty strings, which schemas read as blanks", () => {
    expect(formValues(form([["shortName", ""]]))).toEqual({ shortName: "" });
  });

  it("ignores uploaded files", () => {
    const values = formValues(
      form([
        ["title", "通知"],
        ["attachment", new Blob(["%PDF"], { type: "application/pdf" })],
        ["note", "a"],
        ["note", new Blob(["x"])],
      ]),
    );
    expect(values.title).toBe("通知");
    expect(values.attachment).toBeUndefined();
    expect(values.note).toBe("a");
  });

  it("returns an empty object for an empty form", () => {
    expect(formValues(new FormData())).toEqual({});
  });
});

describe("validationFailure", () => {
  const schema = z.object({
    username: z.string().min(3, "用户名太短"),
    password: z.string().min(10, "密码太短"),
  });

  it("returns the field errors and echoes the values except any password", () => {
    const values = {
      username: "li",
      displayName: "李明",
      password: "hunter2",
      newPassword: "n",
      confirmPassword: "c",
      currentPassword: "old",
      PASSWORD_HINT: "x",
    };
    const parsed = schema.safeParse(values);
    expect(parsed.success).toBe(false);
    const result = validationFailure(parsed.error!, values);
    expect(result).toEqual({
      ok: false,
      message: "填写的内容有误，请按提示修改。",
      fieldErrors: { username: ["用户名太短"], password: ["密码太短"] },
      values: { username: "li", displayName: "李明" },
    });
    expect(JSON.stringify(result)).not.toMatch(/hunter2|old/);
    // The caller's object is not altered.
    expect(values.password).toBe("hunter2");
  });
});

describe("domainFailure", () => {
  it("turns a DomainError into a form result with its default message", () => {
    expect(domainFailure(new DomainError("CONFLICT"), { name: "x" })).toEqual({
      ok: false,
      message: defaultMessage("CONFLICT"),
      fieldErrors: undefined,
      values: { name: "x" },
    });
  });

  it("passes on a custom message and field errors, and never echoes passwords", () => {
    const error = new DomainError("CONFLICT", {
      message: "用户名已被使用",
      fieldErrors: { username: ["用户名 li.ming 已存在"] },
    });
    expect(
      domainFailure(error, {
        username: "li.ming",
        password: "Secret12345",
        confirmPassword: "Secret12345",
      }),
    ).toEqual({
      ok: false,
      message: "用户名已被使用",
      fieldErrors: { username: ["用户名 li.ming 已存在"] },
      values: { username: "li.ming" },
    });
  });

  it("defaults to no values", () => {
    expect(domainFailure(new DomainError("FORBIDDEN")).values).toEqual({});
  });

  it.each([
    ["an Error", new Error("boom")],
    ["a TypeError", new TypeError("x is undefined")],
    [
      "a look-alike that is not a DomainError",
      Object.assign(new Error("fake"), {
        name: "DomainError",
        code: "CONFLICT",
      }),
    ],
    ["a string", "boom"],
    ["undefined", undefined],
  ])("rethrows %s unchanged", (_, error) => {
    let thrown: unknown = "nothing thrown";
    try {
      domainFailure(error, { password: "x" });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBe(error);
  });
});
