// Outside Next's bundler (custom server, scripts, tests) 'server-only' resolves here:
// this code already runs only on the server.
export {};
