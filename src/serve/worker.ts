import { answerJobs } from '../workers/answer-jobs.js';
import { runServeJob } from './job.js';
import { FORMAT_NAMES } from '../render/index.js';

// Loads the models and warms every renderer before the worker says it is ready, so no request pays for them.
runServeJob({ seq: -1, text: 'LONDON — "We are ready," Jane Doe, a spokeswoman, said on Monday of the 12 new trains.', inputFormat: 'text', include: [], formats: FORMAT_NAMES });
answerJobs(runServeJob);
