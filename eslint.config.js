import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const features = ["sessions", "chat", "groups", "tickets", "shortcuts", "board", "audit", "live"];
/** Relative imports that climb into server/: web/ may use the contract only. */
const serverBoundary = { regex: "^(\\.\\./)+server(/|$)", message: "web/ imports only the contract of the server." };

// Type-aware rules everywhere, plus the import boundaries of the architecture:
// web/ may import the contract but nothing else of the server, and features do not import each other.
export default tseslint.config(
  { ignores: ["dist", "node_modules", "test-results", "playwright-report", "e2e/artifacts"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["eslint.config.js"] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/only-throw-error": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      // Store and service interfaces are async so a server database can stand in for SQLite.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    files: ["web/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": ["error", { patterns: [serverBoundary] }],
    },
  },
  ...features.map((feature) => ({
    files: [`web/src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            serverBoundary,
            {
              regex: `^(\\.\\./)+(?!${feature}/)(${features.join("|")})/`,
              message: "features do not import each other: move shared code to web/src/components or web/src/lib.",
            },
          ],
        },
      ],
    },
  })),
  {
    // Tests read JSON answers loosely on purpose: each assertion checks the values it needs.
    files: ["**/*.test.ts", "**/*.test.tsx", "e2e/**/*.ts", "server/testing/**/*.ts"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-call": "off",
    },
  },
);
