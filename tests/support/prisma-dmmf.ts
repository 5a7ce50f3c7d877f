import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { DMMF } from "@prisma/client/runtime/client";

/**
 * Prisma's own reading of schema.prisma (the DMMF datamodel: models, native types, defaults,
 * indexes, relation actions), from the schema WebAssembly module the `prisma` CLI ships in
 * its build folder. `@prisma/internals`' getDMMF is not a dependency here, so this is the
 * few lines of wasm-bindgen glue it would run: a wrong schema fails with Prisma's message.
 */
export function readDatamodel(schemaPath: string): DMMF.Datamodel {
  return datamodelOf(readFileSync(schemaPath, "utf8"), path.basename(schemaPath));
}

export function datamodelOf(schema: string, fileName = "schema.prisma"): DMMF.Datamodel {
  const input = JSON.stringify({ prismaSchema: [[fileName, schema]], noColor: true });
  const dmmf = JSON.parse(callWithString(schemaWasm(), "get_dmmf", input)) as { datamodel: DMMF.Datamodel };
  return dmmf.datamodel;
}

interface SchemaWasmExports {
  memory: WebAssembly.Memory;
  __wbindgen_externrefs: WebAssembly.Table;
  __wbindgen_start(): void;
  __wbindgen_malloc(size: number, align: number): number;
  __wbindgen_free(pointer: number, size: number, align: number): void;
  __externref_table_dealloc(index: number): void;
  get_dmmf(pointer: number, length: number): [number, number, number, number];
}

let instance: SchemaWasmExports | undefined;

function schemaWasm(): SchemaWasmExports {
  if (instance) return instance;
  const prismaPackage = createRequire(import.meta.url).resolve("prisma/package.json");
  const wasmPath = path.join(path.dirname(prismaPackage), "build", "prisma_schema_build_bg.wasm");
  const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));
  const exports = () => instance!;
  const text = (pointer: number, length: number) =>
    new TextDecoder().decode(new Uint8Array(exports().memory.buffer, pointer >>> 0, length));
  // The import names carry a build hash, so they are matched by prefix; an unknown one means
  // the CLI's glue changed and this file must follow it.
  const handlers: [prefix: string, handler: (pointer: number, length: number) => unknown][] = [
    ["__wbg_Error_", (pointer, length) => new Error(text(pointer, length))],
    ["__wbg___wbindgen_throw_", (pointer, length) => fail(text(pointer, length))],
    ["__wbg_set_message_", (pointer, length) => fail(`Prisma's schema module panicked: ${text(pointer, length)}`)],
    ["__wbindgen_init_externref_table", () => initExternrefTable(exports().__wbindgen_externrefs)],
  ];
  const imports = WebAssembly.Module.imports(wasmModule).map(({ name }) => {
    const handler = handlers.find(([prefix]) => name.startsWith(prefix))?.[1];
    if (!handler) throw new Error(`${wasmPath} imports ${name}, which tests/support/prisma-dmmf.ts does not provide.`);
    return [name, handler];
  });
  instance = new WebAssembly.Instance(wasmModule, { __wbindgen_placeholder__: Object.fromEntries(imports) })
    .exports as unknown as SchemaWasmExports;
  instance.__wbindgen_start();
  return instance;
}

function fail(message: string): never {
  throw new Error(message);
}

/** wasm-bindgen reserves the first slots of its reference table for undefined, null, true, false. */
function initExternrefTable(table: WebAssembly.Table): void {
  const base = table.grow(4);
  table.set(0, undefined);
  table.set(base, undefined);
  table.set(base + 1, null);
  table.set(base + 2, true);
  table.set(base + 3, false);
}

/** Calls `fn(string) -> Result<String, Error>` across the wasm boundary, freeing what it allocates. */
function callWithString(wasm: SchemaWasmExports, fn: "get_dmmf", argument: string): string {
  const bytes = new TextEncoder().encode(argument);
  const pointer = wasm.__wbindgen_malloc(bytes.length, 1) >>> 0;
  new Uint8Array(wasm.memory.buffer, pointer, bytes.length).set(bytes);
  const [resultPointer, resultLength, errorIndex, failed] = wasm[fn](pointer, bytes.length);
  if (failed) {
    const error: unknown = wasm.__wbindgen_externrefs.get(errorIndex);
    wasm.__externref_table_dealloc(errorIndex);
    throw error;
  }
  try {
    return new TextDecoder().decode(new Uint8Array(wasm.memory.buffer, resultPointer >>> 0, resultLength));
  } finally {
    wasm.__wbindgen_free(resultPointer, resultLength, 1);
  }
}
