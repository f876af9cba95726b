// The action's entry, for both steps (action.yml `main` and `post`): the bundle tells them apart.
import { runActionStep } from '../bundle.js';

await runActionStep();
