import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// The import zones of web/, by where a file sits, not by a list of names: shared code
// (components, lib, i18n) → features/<name> → the app shell (app/, main.tsx), never back; a feature
// imports no other feature; web/ takes nothing of the server but contract/. The first descriptor
// that matches a file wins, so everything else under web/src belongs to the app. The customer's chat
// page (web/src/customer) is its own entry: shared code and the contract only, so the console's
// bundle never leaks into it; the embed script (web/src/widget) is a classic script and imports nothing.
const elements = [
  { type: "shared", pattern: ["web/src/components", "web/src/lib", "web/src/i18n"], partialMatch: false },
  { type: "feature", pattern: "web/src/features/*", capture: ["feature"], partialMatch: false },
  { type: "customer", pattern: "web/src/customer", partialMatch: false },
  { type: "widget", pattern: "web/src/widget", partialMatch: false },
  { type: "app", pattern: "web/src", partialMatch: false },
  { type: "contract", pattern: "contract", partialMatch: false },
  { type: "server", pattern: "server", partialMatch: false },
];
const web = { element: { types: { anyOf: ["shared", "feature", "app", "customer", "widget"] } } };
const importZones = [
  {
    from: { element: { type: "shared" } },
    disallow: { to: { element: { types: { anyOf: ["feature", "app"] } } } },
    message: "Shared web code (components, lib, i18n) knows no feature and not the app: let app/ pass it what it needs.",
  },
  {
    from: { element: { type: "feature" } },
    disallow: { to: { element: { type: "app" } } },
    message: "A feature does not import the app shell: app/ composes features, not the other way round.",
  },
  {
    from: { element: { type: "feature" } },
    disallow: { to: { element: { type: "feature", captured: { feature: "!{{ from.element.captured.feature }}" } } } },
    message: "Features do not import each other: move shared code to web/src/components or web/src/lib, or compose in app/.",
  },
  {
    from: { element: { type: "customer" } },
    disallow: { to: { element: { types: { anyOf: ["feature", "app", "widget"] } } } },
    message: "The customer page is its own bundle: it imports shared web code and the contract only.",
  },
  {
    from: { element: { types: { anyOf: ["shared", "feature", "app"] } } },
    disallow: { to: { element: { types: { anyOf: ["customer", "widget"] } } } },
    message: "The console does not import the customer page or the embed script: move shared code to web/src/lib.",
  },
  {
    from: { element: { type: "widget" } },
    disallow: { to: { element: { types: { anyOf: ["shared", "feature", "app", "customer", "contract"] } } } },
    message: "The embed script is a classic <script> built on its own: it imports nothing.",
  },
  {
    from: web,
    disallow: { to: { element: { type: "server" } } },
    message: "web/ imports only the contract of the server.",
  },
];

// Type-aware rules everywhere, plus the import zones of web/ above.
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
    plugins: { "react-hooks": reactHooks, boundaries },
    settings: {
      "boundaries/elements": elements,
      "boundaries/root-path": import.meta.dirname,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "boundaries/dependencies": ["error", { default: "allow", policies: importZones }],
    },
  },
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
