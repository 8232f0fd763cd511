// `npm start`: brings the build up to date, then runs the server in this same process
// (a separate prestart step would cost another Node start).
await import('./build.mjs');
process.setSourceMapsEnabled(true);
await import('../dist/server/main.mjs');
