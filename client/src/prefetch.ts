/**
 * Entry point that only starts the explorer's first requests (early-requests.ts). index.html
 * loads it as an async module before the explorer's bundle, so the answers download while that
 * compiles.
 */
import { prefetchEarlyRequests } from './graphql/early-requests.ts';

prefetchEarlyRequests();
