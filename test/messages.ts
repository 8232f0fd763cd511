// Every test words messages with the catalogue the server reads (src/content/message-files.ts),
// as the server and the web install theirs at start. Tests in a browser-like environment (jsdom)
// get the web's copy through src/web/i18n instead: they cannot read files by URL.
if (typeof window === 'undefined') await import('../src/content/message-files');
export {};
