import 'server-only';

import { groupAnagrams } from './group-anagrams';
import { longestCommonPrefix } from './longest-common-prefix';
import { medianOfTwoSortedArrays } from './median-of-two-sorted-arrays';
import { twoSum } from './two-sum';

export type { ProblemFixture } from './types';

/** Fixture problems; the question bank reuses the same ProblemSpec format. */
export const PROBLEMS = { twoSum, groupAnagrams, medianOfTwoSortedArrays, longestCommonPrefix } as const;
