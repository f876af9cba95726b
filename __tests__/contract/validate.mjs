// Checks one decoded request against its operation's input shape in the botocore model: required
// members, member types, min/max (length of strings, blobs, lists and maps; value of numbers),
// enum, pattern, and members the shape does not have. Each breach is one violation.
import { compilePattern } from './patterns.mjs';

const VALUE_CHARS = 60;

/** `value` as one short line for a violation. */
export function shortValue(value) {
  const text =
    value === undefined
      ? '(absent)'
      : typeof value === 'string'
        ? JSON.stringify(value)
        : (JSON.stringify(value) ?? String(value));
  return text.length > VALUE_CHARS ? `${text.slice(0, VALUE_CHARS)}… (${text.length} chars)` : text;
}

/** One line: service, operation, member path, rule, the value (cut short) and the limit. */
export function formatViolation(v) {
  return `AWS contract: ${v.service} ${v.operation} ${v.path || '(input)'}: ${v.rule} — value ${shortValue(v.value)}, limit ${v.limit}`;
}

const compiled = new Map();
/** Patterns met in checked requests that could not be converted (so were not checked). */
export const unconvertedPatterns = new Set();

function patternOf(source) {
  if (!compiled.has(source)) compiled.set(source, compilePattern(source));
  const result = compiled.get(source);
  if (result.error) unconvertedPatterns.add(source);
  return result.regex;
}

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A checker for one request. `textual`: the scalars arrive as text (query parameters, headers,
 * URI labels) and are read as the type their shape names.
 */
export function checker(service, operation) {
  const violations = [];
  const flag = (path, rule, value, limit) =>
    violations.push({ service: service.name, operation, path, rule, value, limit: String(limit) });

  function range(path, shape, size, value, what) {
    if (shape.min !== undefined && size < shape.min) flag(path, `min ${what}`, value, shape.min);
    if (shape.max !== undefined && size > shape.max) flag(path, `max ${what}`, value, shape.max);
  }

  function scalar(path, shape, value, textual) {
    switch (shape.type) {
      case 'string': {
        if (typeof value !== 'string') return flag(path, 'type', value, 'string');
        range(path, shape, [...value].length, value, 'length');
        if (shape.enum && !shape.enum.includes(value)) flag(path, 'enum', value, shape.enum.join('|'));
        if (shape.pattern) {
          const regex = patternOf(shape.pattern);
          if (regex && !regex.test(value)) flag(path, 'pattern', value, shape.pattern);
        }
        return undefined;
      }
      case 'integer':
      case 'long':
      case 'double':
      case 'float': {
        const whole = shape.type === 'integer' || shape.type === 'long';
        let n = value;
        if (textual && typeof value === 'string' && (whole ? INTEGER : NUMBER).test(value)) n = Number(value);
        if (typeof n !== 'number' || !Number.isFinite(n) || (whole && !Number.isInteger(n)))
          return flag(path, 'type', value, shape.type);
        return range(path, shape, n, value, 'value');
      }
      case 'boolean':
        if (!(typeof value === 'boolean' || (textual && (value === 'true' || value === 'false'))))
          flag(path, 'type', value, 'boolean');
        return undefined;
      case 'timestamp':
        if (typeof value === 'number') return undefined;
        if (typeof value !== 'string' || (Number.isNaN(Date.parse(value)) && !NUMBER.test(value)))
          flag(path, 'type', value, 'timestamp');
        return undefined;
      case 'blob':
        if (typeof value !== 'string') return flag(path, 'type', value, 'blob (base64)');
        if (!textual) range(path, shape, Buffer.from(value, 'base64').length, value, 'bytes');
        return undefined;
      default:
        return undefined;
    }
  }

  /** Checks `value` against the shape named `shapeName`; `path` names the member (a.b.3.c). */
  function check(shapeName, value, path, textual) {
    const shape = service.shapes[shapeName];
    if (!shape) return flag(path, 'shape', value, `a shape ${shapeName} in the model`);
    const at = (name) => (path ? `${path}.${name}` : name);
    switch (shape.type) {
      case 'structure': {
        if (!isObject(value)) return flag(path, 'type', value, 'structure');
        const members = shape.members ?? {};
        for (const name of shape.required ?? [])
          if (value[name] === undefined) flag(at(name), 'required', undefined, 'required');
        const present = Object.keys(value).filter((k) => value[k] !== undefined);
        if (shape.union && present.length !== 1) flag(path, 'union', present, 'exactly one member');
        for (const name of present) {
          if (!(name in members)) flag(at(name), 'unknown member', value[name], `members of ${shapeName}`);
          else check(members[name].shape, value[name], at(name), textual);
        }
        return undefined;
      }
      case 'list': {
        if (!Array.isArray(value)) return flag(path, 'type', value, 'list');
        range(path, shape, value.length, value, 'items');
        value.forEach((item, i) => check(shape.member.shape, item, at(String(i + 1)), textual));
        return undefined;
      }
      case 'map': {
        if (!isObject(value)) return flag(path, 'type', value, 'map');
        const keys = Object.keys(value);
        range(path, shape, keys.length, value, 'entries');
        for (const key of keys) {
          check(shape.key.shape, key, at(`(key ${key})`), true);
          check(shape.value.shape, value[key], at(key), textual);
        }
        return undefined;
      }
      default:
        return scalar(path, shape, value, textual);
    }
  }

  return { violations, flag, check };
}
