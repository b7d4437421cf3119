// Worker thread entry: loader hooks are per thread, so each worker registers tsx itself.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
