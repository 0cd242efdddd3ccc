import { SECOND_TEST_SERVER_VARIABLES, TEST_SERVER_VARIABLES } from './test-database';

// Set-up file of each test file of the `integration on DATABASE_URL` project: the file runs as it would with
// DATABASE_URL naming the second server (`DATABASE_URL=… npm test`), on that server's template database. Jest gives
// every test file its own copy of process.env, so the files of the other project, in the same worker, keep theirs.
process.env.DATABASE_URL = process.env[SECOND_TEST_SERVER_VARIABLES.serverUrl];
process.env[TEST_SERVER_VARIABLES.serverUrl] = process.env[SECOND_TEST_SERVER_VARIABLES.serverUrl];
process.env[TEST_SERVER_VARIABLES.templateDatabase] = process.env[SECOND_TEST_SERVER_VARIABLES.templateDatabase];
