'use client';

import dynamic from 'next/dynamic';

/** The interview runs in the browser only: it reads the answer's draft from localStorage as it starts. */
export const InterviewRunnerClient = dynamic(() => import('./interview-runner').then((m) => m.InterviewRunner), { ssr: false });
