// rate-limiter-flexible documents RateLimiterStoreAbstract as the base of a store of one's own
// and declares it in its types, but its entry point does not export it: it is imported from its
// own file, typed as the package declares it.
declare module 'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js' {
  import { RateLimiterStoreAbstract } from 'rate-limiter-flexible';
  export = RateLimiterStoreAbstract;
}
