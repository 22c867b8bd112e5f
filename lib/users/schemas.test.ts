import { describe, expect, it } from "vitest";
import { z } from "zod";
import { changePasswordSchema, createUserSchema, loginSchema, passwordSchema, roleGrantSchema, updateUserSchema, userListQuerySchema } from "./schemas";

/** The field messages of a parse that must fail. */
function fieldErrors(schema: z.ZodType, input: unknown): Record<string, string[] | undefined> {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

const USERNAME_RULE = "用户名为 3–32 位字母、数字、点、下划线或连字符，以字母或数字开头";
const TOO_SHORT = "密码至少 10 位";
const NEEDS_BOTH = "密码须同时包含字母和数字";

describe("passwordSchema", () => {
  it.each([
    ["exactly 10 characters", "abcdefghi1"],
    ["128 characters", `${"a".repeat(127)}1`],
    ["upper-case letters and digits", "ABCDEFGHI1"],
    ["symbols and spaces besides letters and digits", "correct horse 9!"],
    ["non-ASCII characters besides a letter and a digit", "政府信息公开密码a1"],
  ])("accepts %s", (_, password) => {
    expect(passwordSchema.parse(password)).toBe(password);
  });

  it.each([
    ["9 characters", "abcdefgh1", [TOO_SHORT]],
    ["empty", "", [TOO_SHORT, NEEDS_BOTH]],
    ["letters only", "abcdefghij", [NEEDS_BOTH]],
    ["digits only", "1234567890", [NEEDS_BOTH]],
    ["no ASCII letter (Chinese and digits)", "政府信息公开1234", [NEEDS_BOTH]],
    ["129 characters", `${"a".repeat(128)}1`, ["密码不能超过 128 位"]],
  ])("rejects %s", (_, password, messages) => {
    const result = passwordSchema.safeParse(password);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(messages);
  });
});

describe("createUserSchema", () => {
  const valid = {
    username: "li.ming",
    displayName: "李明",
    unitId: "3",
    password: "",
    roles: undefined,
  };

  it("trims and lower-cases the username, trims the name and coerces the unit", () => {
    expect(
      createUserSchema.parse({
        ...valid,
        username: "  Li.Ming_2 ",
        displayName: " 李明 ",
      }),
    ).toEqual({
      username: "li.ming_2",
      displayName: "李明",
      unitId: 3,
      password: undefined,
      roles: [],
    });
  });

  it("keeps a given password that satisfies the policy", () => {
    expect(createUserSchema.parse({ ...valid, password: "Sh0rtButOk!" }).password).toBe("Sh0rtButOk!");
  });

  it.each([
    ["no checkbox ticked", undefined, []],
    ["one checkbox ticked", "CLERK", ["CLERK"]],
    ["several checkboxes ticked", ["CLERK", "REVIEWER", "UNIT_ADMIN"], ["CLERK", "REVIEWER", "UNIT_ADMIN"]],
    ["an empty list", [], []],
  ])("reads roles with %s", (_, roles, expected) => {
    expect(createUserSchema.parse({ ...valid, roles }).roles).toEqual(expected);
  });

  it.each([["BOSS"], [["CLERK", "BOSS"]], [["clerk"]]])("rejects the roles %j", (roles) => {
    expect(fieldErrors(createUserSchema, { ...valid, roles }).roles).toHaveLength(1);
  });

  it.each([
    ["abc", true],
    ["a".repeat(32), true],
    ["0day", true],
    ["wang-fang", true],
    ["ab", false],
    ["a".repeat(33), false],
    ["_admin", false],
    [".admin", false],
    ["-admin", false],
    ["li ming", false],
    ["li@ming", false],
    ["李明", false],
    ["   ", false],
  ])("username %j is valid: %s", (username, ok) => {
    const result = createUserSchema.safeParse({ ...valid, username });
    expect(result.success).toBe(ok);
    if (!ok)
      expect(z.flattenError(result.error!).fieldErrors).toEqual({
        username: [USERNAME_RULE],
      });
  });

  it.each([
    ["username", { username: "x" }, USERNAME_RULE],
    ["displayName", { displayName: "" }, "请填写姓名"],
    ["displayName", { displayName: "   " }, "请填写姓名"],
    ["displayName", { displayName: "名".repeat(51) }, "姓名不能超过 50 个字"],
    ["unitId", { unitId: "" }, "请选择所属单位"],
    ["unitId", { unitId: "0" }, "请选择所属单位"],
    ["unitId", { unitId: "abc" }, "请选择所属单位"],
    ["unitId", { unitId: undefined }, "请选择所属单位"],
    ["password", { password: "short1" }, TOO_SHORT],
    ["password", { password: "onlyletters" }, NEEDS_BOTH],
  ])("reports %s for %j", (field, patch, message) => {
    const errors = fieldErrors(createUserSchema, { ...valid, ...patch });
    expect(errors[field]).toEqual([message]);
    expect(Object.keys(errors)).toEqual([field]);
  });

  it("accepts a 50-character name", () => {
    expect(createUserSchema.parse({ ...valid, displayName: "名".repeat(50) }).displayName).toHaveLength(50);
  });
});

describe("updateUserSchema and roleGrantSchema", () => {
  it("update takes only the name and the unit", () => {
    expect(
      updateUserSchema.parse({
        displayName: " 王芳 ",
        unitId: "2",
        username: "ignored",
        roles: "SYSTEM_ADMIN",
      }),
    ).toEqual({
      displayName: "王芳",
      unitId: 2,
    });
  });

  it("a grant needs a known role and a unit", () => {
    expect(roleGrantSchema.parse({ role: "LEADER", unitId: "4" })).toEqual({
      role: "LEADER",
      unitId: 4,
    });
    expect(fieldErrors(roleGrantSchema, { role: "", unitId: "" })).toEqual({
      role: ["请选择角色"],
      unitId: ["请选择所属单位"],
    });
    expect(fieldErrors(roleGrantSchema, { role: "ROOT", unitId: "4" })).toEqual({ role: ["请选择角色"] });
  });
});

describe("changePasswordSchema", () => {
  const ok = {
    currentPassword: "old-secret-1",
    newPassword: "new-secret-2",
    confirmPassword: "new-secret-2",
  };

  it("accepts a new password that differs from the current one and is confirmed", () => {
    expect(changePasswordSchema.parse(ok)).toEqual(ok);
  });

  it.each([
    ["the confirmation differs", { confirmPassword: "new-secret-3" }, { confirmPassword: ["两次输入的新密码不一致"] }],
    [
      "the new password equals the current one",
      { newPassword: ok.currentPassword, confirmPassword: ok.currentPassword },
      { newPassword: ["新密码不能与当前密码相同"] },
    ],
    ["the current password is empty", { currentPassword: "" }, { currentPassword: ["请输入当前密码"] }],
    ["the new password breaks the policy", { newPassword: "short", confirmPassword: "short" }, { newPassword: [TOO_SHORT, NEEDS_BOTH] }],
  ])("rejects the change when %s", (_, patch, expected) => {
    expect(fieldErrors(changePasswordSchema, { ...ok, ...patch })).toEqual(expected);
  });

  it("does not trim passwords: a trailing space makes the confirmation differ", () => {
    expect(
      fieldErrors(changePasswordSchema, {
        ...ok,
        confirmPassword: `${ok.newPassword} `,
      }),
    ).toEqual({ confirmPassword: ["两次输入的新密码不一致"] });
  });
});

describe("loginSchema", () => {
  it("normalises the username but not the password", () => {
    expect(loginSchema.parse({ username: "  Admin ", password: " Pass word1 " })).toEqual({ username: "admin", password: " Pass word1 " });
  });

  it("asks for both fields", () => {
    expect(fieldErrors(loginSchema, { username: "  ", password: "" })).toEqual({
      username: ["请输入用户名"],
      password: ["请输入密码"],
    });
  });
});

describe("userListQuerySchema", () => {
  it.each([
    [{}, { q: undefined, page: 1 }],
    [
      { q: " 李 ", page: "3" },
      { q: "李", page: 3 },
    ],
    [
      { q: "x".repeat(51), page: "0" },
      { q: undefined, page: 1 },
    ],
    [{ page: "abc" }, { q: undefined, page: 1 }],
    [{ page: "10001" }, { q: undefined, page: 1 }],
  ])("reads %j leniently as %j", (input, expected) => {
    expect(userListQuerySchema.parse(input)).toEqual(expected);
  });
});
