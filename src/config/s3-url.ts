/**
 * The region an S3 object URL names, read from its host. CloudFormation reads a TemplateURL only
 * from a bucket in the stack's own region, so the template input is checked against it.
 *
 *   https://BUCKET.s3.REGION.amazonaws.com/KEY        virtual-hosted
 *   https://s3.REGION.amazonaws.com/BUCKET/KEY        path-style
 *   https://BUCKET.s3-REGION.amazonaws.com/KEY        the older dash forms (s3-REGION)
 *   https://s3.dualstack.REGION.amazonaws.com/...     dual-stack; s3-fips. for FIPS endpoints
 *   https://s3-external-1.amazonaws.com/...           us-east-1
 *   ....amazonaws.com.cn                              the China regions
 *   https://BUCKET.s3.amazonaws.com/KEY               the global endpoint: no region named
 */

/** What the URL's host says: not S3 at all, S3 without a region (the global endpoint), or S3 in `region`. */
export type S3UrlRegion = { readonly s3: false } | { readonly s3: true; readonly region: string | undefined };

const GLOBAL = /^(?:.+\.)?s3\.amazonaws\.com$/;
const REGIONAL = /^(?:.+\.)?s3(?:-fips)?(?:\.dualstack)?[.-]([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
/** The old name of us-east-1's endpoint. */
const EXTERNAL_1 = 'external-1';

/**
 * The URL as a message may show it: scheme, host and path, without user info, query or fragment
 * (a presigned URL's query holds its credential and signature).
 */
export function shownUrl(url: string): string {
  if (!URL.canParse(url)) return url.replace(/[?#].*$/s, '');
  const { protocol, host, pathname } = new URL(url);
  return `${protocol}//${host}${pathname}`;
}

export function s3UrlRegion(url: string): S3UrlRegion {
  if (!URL.canParse(url)) return { s3: false };
  const host = new URL(url).hostname.toLowerCase();
  if (GLOBAL.test(host)) return { s3: true, region: undefined };
  const region = REGIONAL.exec(host)?.[1];
  if (region === undefined) return { s3: false };
  return { s3: true, region: region === EXTERNAL_1 ? 'us-east-1' : region };
}
