/**
 * The header that carries a request's id: proxy.ts sets it on every request (replacing any a
 * client sent) and on the response, so a user can quote it and the log lines can be found.
 */
export const REQUEST_ID_HEADER = "x-request-id";
