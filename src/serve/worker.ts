import { answerJobs } from '../workers/answer-jobs.js';
import { serveRunner } from './job.js';

answerJobs(await serveRunner());
