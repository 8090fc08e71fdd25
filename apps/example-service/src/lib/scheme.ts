/** The cookie that remembers a chosen colour scheme („hell“ or „dunkel“); without it the system decides. */
export const SCHEME_COOKIE = 'sk-farbschema';
