/** The bundled entry point the fault runs start, as a workflow would: one bundle, main or post by saved state. */
export {
  ACTION_ENTRY as ACTION_MAIN,
  ACTION_ENTRY as ACTION_POST,
  POST_STATE,
} from '../helpers/run-action.js';
