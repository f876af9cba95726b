/** Which proxy the AWS clients use: the http-proxy input, else the environment's, NO_PROXY honoured. */
import { describe, expect, it } from '@jest/globals';
import { noProxyCovers, requestHandlerWithProxy, resolveProxy } from '../../../src/aws/clients.js';

describe('resolveProxy', () => {
  it('takes the input first, then HTTPS_PROXY, then HTTP_PROXY, in either case', () => {
    const env = { HTTPS_PROXY: 'http://secure:1', HTTP_PROXY: 'http://plain:2' };
    expect(resolveProxy('http://input:3', env)).toBe('http://input:3');
    expect(resolveProxy(undefined, env)).toBe('http://secure:1');
    expect(resolveProxy(undefined, { http_proxy: 'http://plain:2' })).toBe('http://plain:2');
    expect(resolveProxy(undefined, {})).toBeUndefined();
  });

  it("leaves the environment's proxy out when NO_PROXY covers the endpoint, never the input", () => {
    const env = {
      HTTPS_PROXY: 'http://p:1',
      NO_PROXY: 'localhost,127.0.0.1',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:5000',
    };
    expect(resolveProxy(undefined, env)).toBeUndefined();
    expect(resolveProxy('http://input:3', env)).toBe('http://input:3');
    expect(
      resolveProxy(undefined, { HTTPS_PROXY: 'http://p:1', no_proxy: '.amazonaws.com' }),
    ).toBeUndefined();
    expect(resolveProxy(undefined, { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'example.com' })).toBe(
      'http://p:1',
    );
  });

  it('reads NO_PROXY entries as hosts or domains, ports ignored, * for all', () => {
    expect(noProxyCovers('*', 'anything')).toBe(true);
    expect(noProxyCovers('*.amazonaws.com', 's3.eu-west-1.amazonaws.com')).toBe(true);
    expect(noProxyCovers('127.0.0.1:5000', '127.0.0.1')).toBe(true);
    expect(noProxyCovers('example.com', 'notexample.com')).toBe(false);
  });
});

describe('requestHandlerWithProxy', () => {
  it('gives every client the same tunnelling agent for http and https when there is a proxy, and none otherwise', async () => {
    const withProxy = await requestHandlerWithProxy({
      region: 'eu-west-1',
      proxy: 'http://proxy.example.com:3128',
    });
    expect('httpsAgent' in withProxy && withProxy.httpsAgent).toBeTruthy();
    expect('httpAgent' in withProxy && withProxy.httpAgent === withProxy.httpsAgent).toBe(true);
    const saved = { ...process.env };
    for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) delete process.env[name];
    try {
      expect('httpsAgent' in (await requestHandlerWithProxy({ region: 'eu-west-1' }))).toBe(false);
    } finally {
      Object.assign(process.env, saved);
    }
  });
});
