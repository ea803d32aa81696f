import { workerData } from 'node:worker_threads';
import { answerJobs } from '../workers/answer-jobs.js';
import { jobRunner, type JobConfig } from './job.js';

answerJobs(await jobRunner(workerData as JobConfig));
