import { runJob } from './job.js';
import { answerJobs } from '../workers/answer-jobs.js';

answerJobs(runJob);
