import { runJob } from './job.js';
import { answerJobs } from './worker-loop.js';

answerJobs(runJob);
