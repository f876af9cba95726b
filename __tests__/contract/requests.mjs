// Decodes one AWS request by its service's protocol and checks it against the operation's input
// shape: JSON 1.0/1.1 (X-Amz-Target and a JSON body), query (a form body: Action, Version and the
// members flattened into dotted names), rest-json and rest-xml (the operation found from the
// method and the URI template; members from URI labels, the query string, headers and the body;
// rest-xml bodies are checked for presence only, so S3 is checked on its top-level members).
import { gunzipSync } from 'node:zlib';
import { checker } from './validate.mjs';

/** The service a request is for: the signing scope first, then the JSON target, then the query version. */
function serviceOf(models, headers, form) {
  const scope = /Credential=[^/]*\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(headers['authorization'] ?? '');
  if (scope) return models.bySigningName.get(scope[1]);
  const target = headers['x-amz-target'];
  if (target) return models.byTargetPrefix.get(target.slice(0, target.lastIndexOf('.')));
  const version = form?.get('Version');
  return version ? models.byApiVersion.get(version) : undefined;
}

function parseJson(text) {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function checkJson(service, headers, body) {
  const target = headers['x-amz-target'] ?? '';
  const name = target.slice(target.lastIndexOf('.') + 1);
  const operation = service.operations[name];
  const c = checker(service, name || '?');
  if (!operation) c.flag('', 'unknown operation', target, `an operation of ${service.name}`);
  else {
    const input = parseJson(body.toString('utf8'));
    if (input === undefined) c.flag('', 'JSON body', body.toString('utf8'), 'a JSON object');
    else if (operation.input) c.check(operation.input.shape, input, '', false);
    else if (Object.keys(input).length) c.flag('', 'unknown member', input, 'no input');
  }
  return { operation: name, violations: c.violations };
}

/** Reads the member `shapeName` serialized under `prefix` from query parameters, marking what it used. */
function readQuery(shapes, shapeName, prefix, params, used) {
  const shape = shapes[shapeName];
  const under = (p) => [...params.keys()].some((k) => k.startsWith(`${p}.`));
  const take = (key) => {
    used.add(key);
    return params.get(key);
  };
  switch (shape?.type) {
    case 'structure': {
      if (prefix && !under(prefix)) return params.has(prefix) ? take(prefix) : undefined;
      const value = {};
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        const key = `${prefix ? `${prefix}.` : ''}${member.locationName ?? name}`;
        const v = readQuery(shapes, member.shape, key, params, used);
        if (v !== undefined) value[name] = v;
      }
      return value;
    }
    case 'list': {
      if (params.get(prefix) === '') return take(prefix) === '' ? [] : undefined;
      const base = shape.flattened ? prefix : `${prefix}.${shape.member.locationName ?? 'member'}`;
      const items = [];
      for (let i = 1; params.has(`${base}.${i}`) || under(`${base}.${i}`); i++)
        items.push(readQuery(shapes, shape.member.shape, `${base}.${i}`, params, used));
      return items.length ? items : undefined;
    }
    case 'map': {
      const base = shape.flattened ? prefix : `${prefix}.entry`;
      const entries = {};
      let found = false;
      for (let i = 1; under(`${base}.${i}`); i++) {
        found = true;
        const key = take(`${base}.${i}.${shape.key.locationName ?? 'key'}`);
        entries[key] = readQuery(
          shapes,
          shape.value.shape,
          `${base}.${i}.${shape.value.locationName ?? 'value'}`,
          params,
          used,
        );
      }
      return found ? entries : undefined;
    }
    default:
      return params.has(prefix) ? take(prefix) : undefined;
  }
}

function checkQuery(service, form) {
  const name = form.get('Action') ?? '';
  const operation = service.operations[name];
  const c = checker(service, name || '?');
  if (!operation) c.flag('', 'unknown operation', name, `an operation of ${service.name}`);
  else {
    const used = new Set(['Action', 'Version']);
    const input = operation.input ? readQuery(service.shapes, operation.input.shape, '', form, used) : {};
    for (const key of form.keys())
      if (!used.has(key)) c.flag(key, 'unknown member', form.get(key), 'a member of the input');
    if (operation.input) c.check(operation.input.shape, input, '', true);
  }
  return { operation: name, violations: c.violations };
}

/** Each operation's route: method, path template as a RegExp, and the query literals it requires. */
function routesOf(service) {
  if (!service.routes) {
    service.routes = Object.entries(service.operations).map(([name, op]) => {
      const [pathTemplate, query = ''] = op.http.requestUri.split('?');
      const labels = [];
      let literal = 0;
      const source = pathTemplate.replace(/\{([^}]+?)(\+?)\}|[^{]+/g, (part, label, greedy) => {
        if (label === undefined) {
          literal += part.length;
          return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        }
        labels.push(label);
        return greedy ? '(.+)' : '([^/]+)';
      });
      const literals = new URLSearchParams(query);
      return {
        name,
        method: op.http.method,
        regex: new RegExp(`^${source}/?$`),
        labels,
        literals,
        score: literal + 100 * [...literals.keys()].length,
      };
    });
  }
  return service.routes;
}

function findRoute(service, method, path, query) {
  const explicit = query.get('x-id');
  let best;
  for (const route of routesOf(service)) {
    if (route.method !== method) continue;
    if (explicit && route.name !== explicit) continue;
    const match = route.regex.exec(path);
    if (!match) continue;
    if ([...route.literals].some(([k, v]) => !query.has(k) || (v !== '' && query.get(k) !== v))) continue;
    if (!best || route.score > best.route.score) best = { route, match };
  }
  return best;
}

const decode = (segment) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

function checkRest(service, method, url, headers, body) {
  const [rawPath, rawQuery = ''] = url.split('?');
  const query = new URLSearchParams(rawQuery);
  const found = findRoute(service, method, rawPath, query);
  const name = found?.route.name ?? `${method} ${rawPath}`;
  const c = checker(service, name);
  if (!found) {
    c.flag('', 'unknown operation', `${method} ${url}`, `a route of ${service.name}`);
    return { operation: name, violations: c.violations };
  }
  const operation = service.operations[name];
  const shape = operation.input ? service.shapes[operation.input.shape] : { members: {} };
  const members = shape.members ?? {};
  const usedQuery = new Set(['x-id', ...found.route.literals.keys()]);
  const values = {};
  const textual = new Set();
  const bodyMembers = [];
  for (const [member, spec] of Object.entries(members)) {
    const target = service.shapes[spec.shape];
    const wire = spec.locationName ?? member;
    let value;
    switch (spec.location) {
      case 'uri': {
        const i = found.route.labels.indexOf(wire);
        if (i >= 0) value = found.match[i + 1].split('/').map(decode).join('/');
        break;
      }
      case 'querystring':
        if (target.type === 'map') {
          value = Object.fromEntries([...query].filter(([k]) => !usedQuery.has(k) && !(k in values)));
          for (const k of Object.keys(value)) usedQuery.add(k);
          if (!Object.keys(value).length) value = undefined;
        } else if (query.has(wire)) {
          usedQuery.add(wire);
          value = target.type === 'list' ? query.getAll(wire) : query.get(wire);
        }
        break;
      case 'header': {
        const text = headers[wire.toLowerCase()];
        if (text !== undefined) value = target.type === 'list' ? text.split(',').map((s) => s.trim()) : text;
        break;
      }
      case 'headers': {
        const prefix = wire.toLowerCase();
        const found = Object.entries(headers).filter(([k]) => k.startsWith(prefix));
        if (found.length) value = Object.fromEntries(found.map(([k, v]) => [k.slice(prefix.length), v]));
        break;
      }
      default:
        bodyMembers.push(member);
        continue;
    }
    if (value !== undefined) {
      values[member] = value;
      textual.add(member);
    }
  }
  const payload = shape.payload;
  const text = body.toString('utf8');
  if (payload) {
    const target = service.shapes[members[payload].shape];
    if (body.length && target.type === 'structure' && service.protocols.includes('rest-json')) {
      values[payload] = parseJson(text);
    } else if (body.length) {
      values[payload] = text; // a blob, a string, or an XML document: presence only
      textual.add(payload);
      checkedAsPresent.add(`${service.name}.${name}.${payload}`);
    }
  } else if (bodyMembers.length && body.length) {
    const json = parseJson(text);
    if (!json || typeof json !== 'object') c.flag('', 'JSON body', text, 'a JSON object');
    else
      for (const [k, v] of Object.entries(json)) {
        if (bodyMembers.includes(k)) values[k] = v;
        else c.flag(k, 'unknown member', v, `members of ${operation.input.shape}`);
      }
  }
  for (const k of query.keys())
    if (!usedQuery.has(k)) c.flag(k, 'unknown member', query.get(k), 'a query member of the input');
  for (const member of shape.required ?? [])
    if (values[member] === undefined) c.flag(member, 'required', undefined, 'required');
  for (const [member, value] of Object.entries(values)) {
    const isPresenceOnly = member === payload && textual.has(member);
    if (!isPresenceOnly) c.check(members[member].shape, value, member, textual.has(member));
  }
  return { operation: name, violations: c.violations };
}

/** Payload members checked for presence only (XML documents, blobs): listed in the summary. */
export const checkedAsPresent = new Set();

/**
 * Checks one request. `request`: { method, url (path and query as sent), headers (lower-case
 * names), body (Buffer) }. Returns the service (botocore name; undefined when not recognised),
 * the operation and the violations.
 */
export function checkRequest(models, { method, url, headers, body: sent }) {
  // The SDK compresses some requests (PutMetricData): checked as the service reads them.
  const body = /\bgzip\b/.test(headers['content-encoding'] ?? '') ? gunzipSync(sent) : sent;
  const isForm = (headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
  const form = isForm ? new URLSearchParams(body.toString('utf8')) : undefined;
  const service = serviceOf(models, headers, form);
  if (!service) {
    const scope = /Credential=\S+/.exec(headers['authorization'] ?? '')?.[0] ?? 'unsigned';
    const target = headers['x-amz-target'] ?? '';
    const line = {
      service: '?',
      operation: '?',
      path: '',
      rule: 'unknown service',
      value: `${method} ${url} ${scope} ${target}`.trim(),
      limit: 'a service in the models',
    };
    return { service: undefined, operation: '?', violations: [line] };
  }
  const protocol = headers['x-amz-target'] ? 'json' : form?.has('Action') ? 'query' : 'rest';
  const result =
    protocol === 'json'
      ? checkJson(service, headers, body)
      : protocol === 'query'
        ? checkQuery(service, form)
        : checkRest(service, method, url, headers, body);
  return {
    service: service.name,
    protocol: protocol === 'rest' ? service.protocols[0] : protocol,
    ...result,
  };
}
