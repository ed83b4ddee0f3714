import { courseScheduleII } from './course-schedule-ii';
import { groupAnagrams } from './group-anagrams';
import { invertBinaryTree } from './invert-binary-tree';
import { longestCommonPrefix } from './longest-common-prefix';
import { lruCache } from './lru-cache';
import { medianOfTwoSortedArrays } from './median-of-two-sorted-arrays';
import { reverseLinkedList } from './reverse-linked-list';
import { reverseString } from './reverse-string';
import { reverseText } from './reverse-text';
import { rotateArray } from './rotate-array';
import { rowAverages } from './row-averages';
import { sumOfLongs } from './sum-of-longs';
import { twoSum } from './two-sum';

export type { ProblemFixture } from './types';

/**
 * The sandbox suite's own fixture problems, in the bank's ProblemSpec format: tests only (the
 * product judges the bank's questions, from the database).
 */
export const PROBLEMS = { twoSum, groupAnagrams, medianOfTwoSortedArrays, longestCommonPrefix } as const;

/**
 * One small problem per value type the bank needs (lists, trees, in-place answers, design
 * classes, 64-bit integers, float tolerance, non-ASCII text, a checker), with a reference
 * solution in every language.
 */
export const VALUE_TYPE_PROBLEMS = {
  reverseLinkedList,
  invertBinaryTree,
  rotateArray,
  reverseString,
  lruCache,
  sumOfLongs,
  rowAverages,
  reverseText,
  courseScheduleII,
} as const;
