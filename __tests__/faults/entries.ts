/** The bundled entry points the fault runs start, as a workflow would: one place to repoint. */
export const ACTION_MAIN = 'dist/main/index.js';
export const ACTION_POST = 'dist/post/index.js';
