import next from "eslint-config-next/core-web-vitals";
import ts from "eslint-config-next/typescript";

const config = [
  ...next,
  ...ts,
  // Template skeletons are nunjucks sources (${{ }} inside JS), not code of this project.
  { ignores: ["lib/db/generated/**", "lib/scaffolder/templates/*/skeleton/**", "lib/scaffolder/fixtures/**", ".next/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];
export default config;
