// Spectral function: a schema (or a parameter's schema) with a range, length, pattern or enum
// constraint must carry an example, and that example must satisfy every one of those constraints.
// Strings are measured in Unicode code points, as the client checks of this project measure them.
const CONSTRAINTS = [
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
];

export default function constrainedExample(target, _options, context) {
  if (target === null || typeof target !== 'object') {
    return [];
  }
  // A parameter keeps its constraints in `schema` and its example either on itself or there.
  const isParameter = typeof target.in === 'string' && target.schema !== undefined;
  const schema = isParameter ? target.schema : target;
  if (schema === null || typeof schema !== 'object') {
    return [];
  }
  const present = CONSTRAINTS.filter(
    (key) => schema[key] !== undefined && schema[key] !== false,
  );
  if (present.length === 0) {
    return [];
  }
  const where = context.path.join('.');
  let example;
  if (isParameter && target.example !== undefined) {
    example = target.example;
  } else if (schema.example !== undefined) {
    example = schema.example;
  } else {
    return [
      {
        message: `${where}: constrained by ${present.join(', ')} but has no example.`,
      },
    ];
  }
  if (example === null && schema.nullable === true) {
    return [];
  }
  const problems = [];
  const isNumber = typeof example === 'number';
  const isString = typeof example === 'string';
  for (const key of present) {
    const limit = schema[key];
    switch (key) {
      case 'minimum':
        if (!isNumber) {
          problems.push(`minimum ${limit} needs a numeric example, found ${JSON.stringify(example)}`);
        } else if (schema.exclusiveMinimum === true ? example <= limit : example < limit) {
          problems.push(`example ${example} is below minimum ${limit}${schema.exclusiveMinimum === true ? ' (exclusive)' : ''}`);
        }
        break;
      case 'maximum':
        if (!isNumber) {
          problems.push(`maximum ${limit} needs a numeric example, found ${JSON.stringify(example)}`);
        } else if (schema.exclusiveMaximum === true ? example >= limit : example > limit) {
          problems.push(`example ${example} is above maximum ${limit}${schema.exclusiveMaximum === true ? ' (exclusive)' : ''}`);
        }
        break;
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        // OpenAPI 3.0: a boolean that modifies minimum/maximum, checked above. OpenAPI 3.1: a number.
        if (typeof limit === 'number') {
          if (!isNumber) {
            problems.push(`${key} ${limit} needs a numeric example, found ${JSON.stringify(example)}`);
          } else if (key === 'exclusiveMinimum' ? example <= limit : example >= limit) {
            problems.push(`example ${example} is not ${key === 'exclusiveMinimum' ? 'above' : 'below'} ${limit} (${key})`);
          }
        }
        break;
      case 'minLength':
      case 'maxLength': {
        if (!isString) {
          problems.push(`${key} ${limit} needs a string example, found ${JSON.stringify(example)}`);
          break;
        }
        const length = [...example].length;
        if (key === 'minLength' ? length < limit : length > limit) {
          problems.push(`example is ${length} characters long, ${key} is ${limit}`);
        }
        break;
      }
      case 'pattern': {
        if (!isString) {
          problems.push(`pattern needs a string example, found ${JSON.stringify(example)}`);
          break;
        }
        let regex;
        try {
          regex = new RegExp(limit, 'u');
        } catch (e) {
          problems.push(`pattern ${limit} is not a valid regular expression: ${e.message}`);
          break;
        }
        if (!regex.test(example)) {
          problems.push(`example ${JSON.stringify(example)} does not match pattern ${limit}`);
        }
        break;
      }
      case 'enum':
        if (!Array.isArray(limit) || !limit.some((value) => value === example)) {
          problems.push(`example ${JSON.stringify(example)} is not one of enum ${JSON.stringify(limit)}`);
        }
        break;
      default:
        break;
    }
  }
  return problems.map((problem) => ({ message: `${where}: ${problem}.` }));
}
