import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** One uuid rule (`~/domain/uuid`), as PostgreSQL reads a uuid: no copies of the pattern, and not zod's stricter own. */
const oneUuidCheck = [
  {
    selector: "Literal[regex.pattern=/\\{8\\}-/]",
    message: "Check an id with isUuid (~/domain/uuid) or uuid() (~/forms/uuid), not a copy of the pattern.",
  },
  {
    selector: "CallExpression[callee.property.name='uuid']",
    message: "Check an id with isUuid (~/domain/uuid) or uuid() (~/forms/uuid): zod's own is stricter than PostgreSQL.",
  },
];

/** One date formatter (`~/domain/date-format`): GOV.UK's style in UK time, each Intl formatter made once. */
const oneDateFormat = [
  {
    selector: "NewExpression[callee.object.name='Intl'][callee.property.name='DateTimeFormat']",
    message: "Write dates with ~/domain/date-format, the one place that turns a date into words.",
  },
  {
    selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/][arguments.length=0]",
    message: "Write dates with ~/domain/date-format; toLocaleString without a locale follows the server's.",
  },
  {
    selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)String$/]",
    message: "Write dates with ~/domain/date-format, the one place that turns a date into words.",
  },
];

/** Components link with the typed path builders (app/paths.ts and the like), which a test checks against the routes. */
const noLiteralPaths = [
  {
    selector: "Literal[value=/^\\//]",
    message: "Build the address with a path builder (~/paths, ~/mash-paths, ...), not a literal path.",
  },
  {
    selector: "TemplateLiteral > TemplateElement:first-child[value.raw=/^\\//]",
    message: "Build the address with a path builder (~/paths, ~/mash-paths, ...), not a literal path.",
  },
];

export default tseslint.config(
  {
    ignores: [
      "build/",
      "build-*/",
      "node_modules/",
      ".data/",
      "public/",
      "test-results/",
      "playwright-report/",
      "bench-results/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["**/*.tsx"],
    plugins: { react, "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs["jsx-runtime"].rules,
      "react/prop-types": "off",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      ...jsxA11y.configs.recommended.rules,
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/domain/**", "app/**/*.test.ts"],
    rules: { "no-restricted-syntax": ["error", ...oneUuidCheck, ...oneDateFormat] },
  },
  {
    files: ["app/components/**/*.{ts,tsx}"],
    ignores: ["app/**/*.test.ts"],
    rules: { "no-restricted-syntax": ["error", ...oneUuidCheck, ...oneDateFormat, ...noLiteralPaths] },
  },
  {
    // The domain's clocks read dates in a time zone with Intl; only the formatters write them for people.
    files: ["app/domain/**/*.ts"],
    ignores: ["app/domain/uuid.ts", "app/**/*.test.ts"],
    rules: { "no-restricted-syntax": ["error", ...oneUuidCheck] },
  },
  {
    // Only server modules may reach the database.
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/**/*.server.ts", "app/**/*.server.tsx", "app/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["#db/*", "drizzle-orm", "drizzle-orm/*", "postgres", "~/db.server"],
              message: "Only *.server.ts modules may import the database: a route asks a service.",
            },
          ],
        },
      ],
    },
  },
  {
    // The domain is plain TypeScript: it must not know about the web framework or the database.
    files: ["app/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@remix-run/*",
                "react",
                "react-dom",
                "drizzle-orm",
                "drizzle-orm/*",
                "postgres",
                "#db/*",
                "~/services/*",
                "*.server",
              ],
              message: "The domain knows nothing of Remix, React or the database.",
            },
          ],
        },
      ],
    },
  },
);
