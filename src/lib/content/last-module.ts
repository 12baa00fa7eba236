// The module a learner last opened, kept in a cookie so the home page can offer to continue there.
export const LAST_MODULE_COOKIE = 'peilian_last_module';
export const LAST_MODULE_MAX_AGE = 60 * 60 * 24 * 365;
