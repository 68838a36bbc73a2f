// The expression sandbox: typed values, Backstage's filters, and escapes that must fail.
import { describe, expect, it } from "vitest";
import { evaluate, renderText } from "./expressions";

const data = { parameters: { name: "svc", repoUrl: "github.com?owner=acme&repo=svc", owner: "group:default/payments", n: 3, list: ["a", "b"] }, steps: { publish: { output: { url: "u" } } } };

describe("expressions", () => {
  it("keeps the type of a whole expression and renders the rest as text", () => {
    expect(evaluate("${{ parameters.n }}", data)).toBe(3);
    expect(evaluate("${{ parameters.list }}", data)).toEqual(["a", "b"]);
    expect(evaluate("${{ parameters.repoUrl | parseRepoUrl }}", data)).toEqual({ host: "github.com", owner: "acme", repo: "svc" });
    expect(evaluate("This is ${{ parameters.name }}", data)).toBe("This is svc");
    expect(evaluate({ a: ["${{ steps['publish'].output.url }}"], b: "${{ parameters.missing }}" }, data)).toEqual({ a: ["u"] });
    expect(evaluate("${{ parameters.repoUrl | projectSlug }}", data)).toBe("acme/svc");
    expect(evaluate("${{ (parameters.owner | parseEntityRef).name }}", data)).toBe("payments");
    expect(evaluate("${{ parameters | pick('name') }}", data)).toBe("svc");
    expect(renderText("${{ parameters.name | dump }} ${{ parameters.name.toUpperCase() }}", data)).toBe('"svc" SVC');
  });

  it("gives no way out of the sandbox: no prototype chain, process, environment or require", () => {
    const escapes = [
      "${{ range.constructor('return process')() }}",
      "${{ ''.constructor.constructor('return process')() }}",
      "${{ parameters.__proto__ }}",
      "${{ parameters['constr' + 'uctor'] }}",
      "${{ parameters.name['constr' + 'uctor']['constr' + 'uctor']('return process')() }}",
      "${{ process.env }}",
      "${{ global.process }}",
      "${{ require('fs') }}",
      "${{ toString.call(1) }}",
    ];
    for (const source of escapes) {
      let value: unknown;
      try {
        value = evaluate(source, data);
      } catch (error) {
        // Refused outright is fine; what must never happen is reaching the process.
        expect(String(error)).not.toMatch(/\[object process\]/);
        continue;
      }
      expect(value, source).toBeUndefined();
    }
    expect(() => renderText("{% include '/etc/passwd' %}", data)).toThrow();
    expect(() => evaluate("${{ range(100000000) }}", data)).toThrow(/limited/);
  });
});
