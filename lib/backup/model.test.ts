import { describe, expect, it } from "vitest";
import { parentsFirst, restoreOrder } from "./model";

describe("restoreOrder", () => {
  it("puts each table after the tables it refers to, ignoring self-references", () => {
    const keys = [
      { table: "User", column: "unitId", references: "Unit" },
      { table: "Unit", column: "parentId", references: "Unit" },
      { table: "Entry", column: "unitId", references: "Unit" },
      { table: "EntryRevision", column: "entryId", references: "Entry" },
      { table: "EntryRevision", column: "drafterId", references: "User" },
    ];
    expect(restoreOrder(["EntryRevision", "User", "Entry", "Unit", "AuditEvent"], keys)).toEqual(["AuditEvent", "Unit", "Entry", "User", "EntryRevision"]);
  });

  it("refuses a cycle between tables", () => {
    expect(() =>
      restoreOrder(
        ["A", "B"],
        [
          { table: "A", column: "b", references: "B" },
          { table: "B", column: "a", references: "A" },
        ],
      ),
    ).toThrow(/cycle among A, B/);
  });
});

describe("parentsFirst", () => {
  it("orders a tree so every row follows its parent, whatever the ids", () => {
    const rows = [
      { id: 1, parentId: 5 },
      { id: 5, parentId: 9 },
      { id: 9, parentId: null },
      { id: 2, parentId: 9 },
      { id: 7, parentId: 1 },
    ];
    expect(parentsFirst(rows, "parentId").map((r) => r.id)).toEqual([9, 5, 2, 1, 7]);
  });

  it("leaves rows with a missing parent at the end", () => {
    expect(
      parentsFirst(
        [
          { id: 1, parentId: 3 },
          { id: 2, parentId: null },
        ],
        "parentId",
      ).map((r) => r.id),
    ).toEqual([2, 1]);
  });
});
