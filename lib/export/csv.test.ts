import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/domain/reports/report-model";
import { sampleReportInput } from "@/lib/domain/reports/sample-report";
import { csvCell, renderCsv } from "./csv";

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      index += 1;
    } else cell += char;
  }
  return rows;
}

describe("csvCell", () => {
  it.each([
    ["=1+1", `"'=1+1"`],
    ["+33 6 12", `"'+33 6 12"`],
    ["-2+3", `"'-2+3"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["\tcmd", `"'\tcmd"`],
    ["\rcmd", `"'\rcmd"`],
    [" =1+1", `"' =1+1"`],
    ['\n=HYPERLINK("x")', `"'\n=HYPERLINK(""x"")"`],
    ["\r\n @cmd", `"'\r\n @cmd"`],
    ['He said "no"', `"He said ""no"""`],
    ["عمر أومسين", `"عمر أومسين"`],
    [null, `""`],
  ])("%j → %s", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("never lets a cell start a formula, whatever the text (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.oneof(
              fc.string(),
              fc.constantFrom("=", "+", "-", "@", "\t", "\r", "=cmd|' /C calc'!A0", '"=1"', " =1", "\n=1", "\r\n+1"),
              fc.integer(),
            ),
          ),
          { maxLength: 5 },
        ),
        (rows) => {
          const text = rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
          const parsed = rows.length ? parseCsv(text) : [];
          for (const [index, row] of parsed.entries()) {
            expect(row).toHaveLength(rows[index]!.length || 1);
            for (const cell of row) expect(cell).not.toMatch(/^[\t\r]|^\s*[=+\-@]/);
          }
        },
      ),
    );
  });
});

describe("renderCsv", () => {
  const csv = renderCsv(buildReport(sampleReportInput()));

  it("starts with a UTF-8 BOM and has one row per claim", () => {
    expect(csv.startsWith("\ufeff")).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(4);
    expect(rows[0]![0]).toBe("claim_id");
  });

  it("keeps Arabic intact and neutralises the injected formula in a quote", () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]![3]).toBe("وردت معلومات عن سقوط عدد من القتلى والجرحى");
    expect(rows[2]![3]!.startsWith("'=HYPERLINK")).toBe(true);
    expect(rows[2]![13]).toBe("'-2+3 no evidence of French involvement");
  });
});

describe("renderCsv: structured fields", () => {
  it("has a column per structured field, named as in the JSON, filled for the claims of that type", () => {
    const input = sampleReportInput();
    input.claims.find((claim) => claim.type === "PROMISE")!.details = {
      promise: { promiser: "أحمد الشرع", commitment: "end the French jihadists' presence", followUp: "PENDING" },
    };
    const rows = parseCsv(renderCsv(buildReport(input)).slice(1));
    const column = (name: string) => rows[0]!.indexOf(name);
    for (const name of ["killed", "wounded", "arrested", "parties", "as_of", "counted_by", "accuser", "follow_up"])
      expect(column(name), name).toBeGreaterThan(0);
    const casualty = rows.find((row) => row[5] === "CASUALTY_REPORT")!;
    expect(casualty[column("killed")]).toBe("≥ 1");
    expect(casualty[column("parties")]).toBe("French fighters, security forces");
    const promise = rows.find((row) => row[5] === "PROMISE")!;
    expect(promise[column("killed")]).toBe("");
    expect(promise[column("follow_up")]).toBe("PENDING");
    expect(promise[column("promiser")]).toBe("أحمد الشرع");
  });
});
