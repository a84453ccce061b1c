// Spectral function: the vendor extensions x-conditional-required ({when: {property, equals},
// require: [...]}) and x-ordered-pairs ({first, then, strict}) name only properties that the
// schema declares, and an `equals` value that the property can take.
export default function crossFieldRulesKnown(schema, _options, context) {
  if (schema === null || typeof schema !== 'object') {
    return [];
  }
  const where = context.path.join('.');
  const properties = schema.properties !== null && typeof schema.properties === 'object' ? schema.properties : {};
  const known = (name) => typeof name === 'string' && Object.prototype.hasOwnProperty.call(properties, name);
  const problems = [];
  const conditional = schema['x-conditional-required'];
  if (conditional !== undefined) {
    if (!Array.isArray(conditional)) {
      problems.push(`x-conditional-required must be a list`);
    } else {
      conditional.forEach((rule, i) => {
        const at = `x-conditional-required[${i}]`;
        const when = rule && rule.when;
        if (!when || !known(when.property)) {
          problems.push(`${at}.when.property ${JSON.stringify(when && when.property)} is not a property of this schema`);
        } else {
          const values = properties[when.property].enum;
          if (Array.isArray(values) && !values.some((v) => v === when.equals)) {
            problems.push(`${at}.when.equals ${JSON.stringify(when.equals)} is not one of ${when.property}'s enum values ${JSON.stringify(values)}`);
          }
        }
        if (!rule || !Array.isArray(rule.require) || rule.require.length === 0) {
          problems.push(`${at}.require must be a non-empty list`);
        } else {
          rule.require.filter((name) => !known(name)).forEach((name) => {
            problems.push(`${at}.require names ${JSON.stringify(name)}, which is not a property of this schema`);
          });
        }
      });
    }
  }
  const ordered = schema['x-ordered-pairs'];
  if (ordered !== undefined) {
    if (!Array.isArray(ordered)) {
      problems.push(`x-ordered-pairs must be a list`);
    } else {
      ordered.forEach((pair, i) => {
        for (const key of ['first', 'then']) {
          if (!pair || !known(pair[key])) {
            problems.push(`x-ordered-pairs[${i}].${key} ${JSON.stringify(pair && pair[key])} is not a property of this schema`);
          }
        }
        if (!pair || typeof pair.strict !== 'boolean') {
          problems.push(`x-ordered-pairs[${i}].strict must be true or false`);
        }
      });
    }
  }
  return problems.map((problem) => ({ message: `${where}: ${problem}.` }));
}
