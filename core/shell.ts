/**
 * What the desktop shell (electron/) uses of the server side, handed over here so the shell
 * depends on the app core and the contract only: the same CSP and static-file rules as web
 * mode, and the same error data as every transport.
 */
export { CONTENT_SECURITY_POLICY } from '../server/csp';
export { describeZodError, toErrorData } from '../server/error-data';
export { findStaticFile, staticFilePath } from '../server/static-files';
