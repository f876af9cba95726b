// A local HTTP server (mockttp, in its own process: jest cannot load mockttp's ESM dependencies in
// its own) standing in for api.github.com's issue-comment endpoints: GET /user, the paginated
// list of a pull request's comments (with GitHub's Link header), POST to create one, PATCH to
// edit one. It keeps the comments and every request it was sent.
// Control: POST /__control/state {login, refuseWrites, pageSize, comments} replaces the state;
// GET /__control/state reads it. Prints its URL on the first line of stdout.
//
//   node __tests__/helpers/github-api-server.mjs
import { getLocal } from 'mockttp';

const COMMENTS = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/;
const COMMENT = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/;
const BOT = { login: 'github-actions[bot]', type: 'Bot' };

let state = { login: undefined, refuseWrites: undefined, pageSize: 100, comments: [], seen: [] };
let nextId = 1000;

const json = (statusCode, body, headers = {}) => ({
  statusCode,
  json: body,
  headers,
});
const refused = (status) => json(status, { message: 'Resource not accessible by integration' });

function addComment(body, user) {
  const id = nextId++;
  const comment = { id, body, user, html_url: `https://github.com/acme/orders/pull/7#issuecomment-${id}` };
  state.comments.push(comment);
  return comment;
}

function page(url) {
  const number = Number(url.searchParams.get('page') ?? '1');
  const size = Math.min(state.pageSize, Number(url.searchParams.get('per_page') ?? '30'));
  const items = state.comments.slice((number - 1) * size, number * size);
  if (number * size >= state.comments.length) return json(200, items);
  const next = new URL(url.toString());
  next.searchParams.set('page', String(number + 1));
  return json(200, items, { link: `<${next.toString()}>; rel="next"` });
}

async function control(request, url) {
  if (request.method === 'POST') {
    const wanted = await request.body.getJson();
    state = { login: undefined, refuseWrites: undefined, pageSize: 100, ...wanted, comments: [], seen: [] };
    for (const { body, user } of wanted.comments ?? []) addComment(body, user);
  }
  return url.pathname === '/__control/state' ? json(200, state) : json(404, {});
}

async function answer(request) {
  const url = new URL(request.url);
  if (url.pathname.startsWith('/__control/')) return control(request, url);
  const body = request.method === 'GET' ? undefined : await request.body.getJson();
  const auth = request.headers['authorization'];
  state.seen.push({ method: request.method, path: url.pathname, body, auth });
  if (request.method !== 'GET' && state.refuseWrites !== undefined) return refused(state.refuseWrites);
  if (request.method === 'GET' && url.pathname === '/user') {
    return state.login === undefined ? refused(403) : json(200, { login: state.login });
  }
  if (COMMENTS.test(url.pathname) && request.method === 'GET') return page(url);
  if (COMMENTS.test(url.pathname) && request.method === 'POST') {
    return json(
      201,
      addComment(String(body?.body), state.login ? { login: state.login, type: 'User' } : BOT),
    );
  }
  const existing = state.comments.find((c) => c.id === Number(COMMENT.exec(url.pathname)?.[3]));
  if (existing && request.method === 'PATCH') {
    existing.body = String(body?.body);
    return json(200, existing);
  }
  return json(404, { message: 'Not Found' });
}

const server = getLocal();
await server.start();
await server.forAnyRequest().thenCallback(answer);
process.stdout.write(`${server.url}\n`);
process.on('SIGTERM', () => {
  void server.stop().then(() => process.exit(0));
});
