// Spectral function: an enum schema carries x-enum-varnames (constant names for the generated
// clients) and x-enum-descriptions (their documentation), each with one entry per enum value.
export default function enumExtensions(schema, _options, context) {
  if (schema === null || typeof schema !== 'object' || !Array.isArray(schema.enum)) {
    return [];
  }
  const where = context.path.join('.');
  const problems = [];
  for (const key of ['x-enum-varnames', 'x-enum-descriptions']) {
    const list = schema[key];
    if (!Array.isArray(list)) {
      problems.push({ message: `${where}: enum ${JSON.stringify(schema.enum)} has no ${key} list.` });
    } else if (list.length !== schema.enum.length) {
      problems.push({
        message: `${where}: ${key} has ${list.length} entries for ${schema.enum.length} enum values.`,
      });
    }
  }
  const names = schema['x-enum-varnames'];
  if (Array.isArray(names)) {
    names.forEach((name, i) => {
      if (typeof name !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(name)) {
        problems.push({
          message: `${where}: x-enum-varnames[${i}] ${JSON.stringify(name)} is not an UPPER_SNAKE_CASE string.`,
        });
      }
    });
    if (new Set(names).size !== names.length) {
      problems.push({ message: `${where}: x-enum-varnames has duplicates.` });
    }
  }
  return problems;
}
