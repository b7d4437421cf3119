// A worker thread: processes the tasks it is sent, one at a time, and posts each result back.
import { parentPort } from 'node:worker_threads';
import { processOne, type Task } from './process-one.ts';
import { periodicCollector, WORKER_BUDGET_MB } from './gc.ts';

if (!parentPort) throw new Error('worker.ts must run in a worker thread');
const port = parentPort;
const tick = periodicCollector({ budgetBytes: WORKER_BUDGET_MB * 1024 * 1024 });
port.on('message', (msg: { seq: number; task: Task }) => {
  void processOne(msg.task).then(result => {
    port.postMessage({ seq: msg.seq, result });
    tick();
  });
});
