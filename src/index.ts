export { extract, INCLUDES, type ExtractOptions, type Include } from './extract.js';
export { renderJson, renderJsonLine } from './render/json.js';
export { renderMarkdown } from './render/markdown.js';
export { LedeError, EXIT, type ErrorCode } from './errors.js';
export * from './schema.js';
