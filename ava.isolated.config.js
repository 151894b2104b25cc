// Tests that measure wall time against a plan run alone, after the others, so no other test competes for the two cores.
export default {
  typescript: { rewritePaths: { 'src/': 'dist/src/', 'test/': 'dist/test/' }, compile: false },
  files: ['test/**/*.isolated.ts'],
  timeout: '5m',
  workerThreads: false,
  // One file at a time: the kill test's runs would compete with the makespan test's wall time.
  concurrency: 1,
};
