/** The action's version, for the AWS user agent and the report. Kept in step with package.json by a test. */
export const VERSION = '0.1.0';
