import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const dataLayer = ["@/lib/db", "@/lib/generated/*", "@/lib/generated/**", "@prisma/client", "**/generated/prisma/**"];

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      // Unused variables are allowed only when deliberately prefixed with an underscore.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // One logger (lib/log/logger.ts): JSON lines a collector can read, each tied to its request.
    files: ["app/**", "components/**", "lib/**", "instrumentation.ts", "proxy.ts"],
    rules: { "no-console": "error" },
  },
  {
    // Playwright fixtures receive a callback named `use`; it is not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // House style rule 1: one door to the data. Only lib/server (and seeds, scripts, tests) touch Prisma.
    files: ["app/**", "components/**", "lib/**", "proxy.ts"],
    ignores: ["lib/server/**", "lib/db.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: dataLayer, message: "Use a use case from lib/server instead of Prisma." }] },
      ],
    },
  },
];

export default config;
