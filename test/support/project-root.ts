/**
 * The repository root as services/ finds it, for tests that read committed
 * files or run the built project. Apart from platform.ts so that tests that
 * need only this do not load the servers.
 */
export { projectRoot } from '../../services/shared/platform/project-root';
