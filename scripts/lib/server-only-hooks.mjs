/**
 * A module resolution hook for scripts that run lib/server use cases outside Next.js.
 * Next resolves "server-only" under the react-server condition (an empty module); plain
 * Node would load the variant that throws. Only that one package gets the condition, so
 * nothing else (React above all) changes how it loads.
 */
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}
