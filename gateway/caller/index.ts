export { apiKeyCaller } from './api-key-caller';
export { auditPlugin } from './audit.plugin';
export { introspectionPlugin } from './introspection.plugin';
