// Backstage writes rjsf's ui:* options inside the JSON Schema; react-jsonschema-form wants them
// in a separate uiSchema. Split one page into the two (properties, nested objects and the
// properties of dependencies/oneOf branches).
type Json = Record<string, unknown>;

export function splitUiSchema(page: Json): { schema: Json; uiSchema: Json } {
  const uiSchema: Json = {};
  const schema = strip(page, uiSchema);
  return { schema, uiSchema };
}

function strip(node: Json, ui: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("ui:")) {
      ui[key] = value;
      continue;
    }
    if (key === "properties" && value && typeof value === "object") {
      const props: Json = {};
      for (const [name, prop] of Object.entries(value as Json)) {
        const childUi = (ui[name] as Json | undefined) ?? {};
        props[name] = prop && typeof prop === "object" ? strip(prop as Json, childUi) : prop;
        if (Object.keys(childUi).length) ui[name] = childUi;
      }
      out[key] = props;
    } else if (key === "dependencies" && value && typeof value === "object") {
      const deps: Json = {};
      for (const [name, dep] of Object.entries(value as Json)) deps[name] = dep && typeof dep === "object" && !Array.isArray(dep) ? strip(dep as Json, ui) : dep;
      out[key] = deps;
    } else if ((key === "oneOf" || key === "anyOf" || key === "allOf") && Array.isArray(value)) {
      out[key] = value.map((v) => (v && typeof v === "object" ? strip(v as Json, ui) : v));
    } else if (key === "items" && value && typeof value === "object" && !Array.isArray(value)) {
      const itemsUi: Json = (ui.items as Json | undefined) ?? {};
      out[key] = strip(value as Json, itemsUi);
      if (Object.keys(itemsUi).length) ui.items = itemsUi;
    } else out[key] = value;
  }
  return out;
}

/** Every field name a page asks for (to send the person back to the page of a server error). */
export function fieldsOf(page: Json): string[] {
  const names = new Set<string>();
  const visit = (n: unknown) => {
    if (!n || typeof n !== "object") return;
    const node = n as Json;
    if (node.properties && typeof node.properties === "object") for (const k of Object.keys(node.properties as Json)) names.add(k);
    if (node.dependencies && typeof node.dependencies === "object") for (const d of Object.values(node.dependencies as Json)) visit(d);
    for (const k of ["oneOf", "anyOf", "allOf"]) if (Array.isArray(node[k])) (node[k] as unknown[]).forEach(visit);
  };
  visit(page);
  return [...names];
}
