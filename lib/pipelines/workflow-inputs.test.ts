// The dispatch form reads workflow_dispatch inputs from the workflow file, in every spelling
// GitHub accepts; a workflow without the trigger cannot be dispatched.
import { describe, expect, it } from "vitest";
import { dispatchInputsOf } from "./workflow-inputs";

describe("workflow_dispatch inputs", () => {
  it("reads typed inputs with defaults, options and required flags", () => {
    const yaml = "on:\n  push:\n  workflow_dispatch:\n    inputs:\n      debug:\n        type: boolean\n        default: false\n      level:\n        type: choice\n        options: [info, warn]\n        required: true\n      count:\n        type: number\n        default: 3\n";
    expect(dispatchInputsOf(yaml)).toEqual([
      { name: "debug", description: null, type: "boolean", required: false, default: "false", options: [] },
      { name: "level", description: null, type: "choice", required: true, default: null, options: ["info", "warn"] },
      { name: "count", description: null, type: "number", required: false, default: "3", options: [] },
    ]);
  });
  it("accepts the string and list forms with no inputs", () => {
    expect(dispatchInputsOf("on: workflow_dispatch\n")).toEqual([]);
    expect(dispatchInputsOf("on: [push, workflow_dispatch]\n")).toEqual([]);
    expect(dispatchInputsOf("on:\n  workflow_dispatch:\n")).toEqual([]);
  });
  it("is null for a workflow without the trigger or a file that is not YAML", () => {
    expect(dispatchInputsOf("on: push\n")).toBeNull();
    expect(dispatchInputsOf("on: [push\n")).toBeNull();
  });
});
