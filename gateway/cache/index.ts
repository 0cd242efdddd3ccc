export { responseCachePlugin } from './response-cache.plugin';
export { type ResponseCacheSettings, responseCacheSettingsFromEnv } from './response-cache-settings';
