// Loaded into the demo's bot process (node --import): when the demo dies without stopping it
// (SIGKILL, a crash), the IPC channel closes and the bot shuts down gracefully instead of polling
// a server that is gone.
if (process.channel) {
  process.channel.unref();
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
export {};
