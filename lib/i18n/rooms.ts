import type { Dictionary } from './messages';

/** Strings of the live peer interviews: lobby, room, history and replay (codemeet-api.md §2, §4). */
export interface RoomStrings {
  nav: string;
  lobbyTitle: string;
  lobbyIntro: string;
  role: string;
  roles: Record<'interviewee' | 'interviewer', string>;
  roleHelp: Record<'interviewee' | 'interviewer', string>;
  language: string;
  difficulty: string;
  difficulties: Record<'Easy' | 'Medium' | 'Hard', string>;
  enableVideo: string;
  joinQueue: string;
  joining: string;
  waiting: string;
  waited: string;
  estimated: string;
  cancel: string;
  expired: string;
  cancelled: string;
  matched: string;
  goToRoom: string;
  opportunities: string;
  noOpportunities: string;
  currentRoom: string;
  history: string;
  // room
  problem: string;
  examples: string;
  constraints: string;
  hints: string;
  noHints: string;
  revealHint: string;
  hintRevealed: string;
  interviewerPane: string;
  solution: string;
  rubric: string;
  participants: string;
  online: string;
  offline: string;
  you: string;
  chat: string;
  chatPlaceholder: string;
  send: string;
  run: string;
  running: string;
  input: string;
  console: string;
  noOutput: string;
  submit: string;
  submitting: string;
  verdicts: string;
  verdict: Record<string, string>;
  passedOf: string;
  start: string;
  starting: string;
  end: string;
  ending: string;
  callOff: string;
  confirmCallOff: string;
  confirmEnd: string;
  timer: string;
  status: Record<'waiting' | 'active' | 'ended' | 'expired', string>;
  connection: Record<'connecting' | 'connected' | 'offline', string>;
  offlineNote: string;
  editorLoading: string;
  editRefused: string;
  codeTooLong: string;
  historyFull: string;
  editRoomExpired: string;
  editInterviewEnded: string;
  video: string;
  startVideo: string;
  stopVideo: string;
  videoUnavailable: string;
  // feedback
  feedback: string;
  feedbackFor: string;
  rating: string;
  comment: string;
  strengths: string;
  improvements: string;
  listHint: string;
  giveFeedback: string;
  sending: string;
  yourFeedback: string;
  partnerFeedback: string;
  partnerFeedbackHidden: string;
  partnerFeedbackPending: string;
  summary: string;
  duration: string;
  solutionsSubmitted: string;
  // history and replay
  historyTitle: string;
  historyEmpty: string;
  partner: string;
  question: string;
  startedAt: string;
  replay: string;
  replayTitle: string;
  play: string;
  pause: string;
  speed: string;
  timeline: string;
  finalCode: string;
  events: Record<'chat' | 'run' | 'output' | 'verdict' | 'joined' | 'left' | 'started' | 'ended' | 'hint' | 'feedback', string>;
  minutes: string;
  backToHistory: string;
  // the workspace
  panes: Record<'problem' | 'code' | 'results' | 'chat', string>;
  hintToast: string;
  partnerFeedbackToast: string;
  criteria: string;
  overall: string;
  reward: string;
  /** What ending the interview paid, as the interviewer reads it ({n}: the minimum minutes). */
  rewardInterviewer: Record<'earned' | 'too_short' | 'no_work' | 'pair_limit' | 'daily_limit', string>;
  rewardInterviewee: Record<'earned' | 'too_short' | 'no_work' | 'pair_limit' | 'daily_limit', string>;
  confirm: string;
  back: string;
  noOpportunitiesShort: string;
  /** Error codes as sentences: a page never shows a code. */
  errors: Record<string, string>;
  unknownError: string;
}

/** An error code from an action or a socket as a sentence in the page's language. */
export function errorText(code: string, d: RoomStrings): string {
  return Object.hasOwn(d.errors, code) ? d.errors[code]! : d.unknownError;
}

export const ROOMS: Dictionary<RoomStrings> = {
  'zh-TW': {
    nav: '同儕面試',
    lobbyTitle: '同儕程式面試',
    lobbyIntro: '選擇角色、語言與難度，系統會為你配對另一位使用者，在共用的編輯器中進行模擬程式面試。',
    role: '角色',
    roles: { interviewee: '受試者', interviewer: '面試官' },
    roleHelp: { interviewee: '回答題目；開始面試時使用一次機會。', interviewer: '出題與引導；完成面試可獲得一次機會。' },
    language: '程式語言',
    difficulty: '難度',
    difficulties: { Easy: '簡單', Medium: '中等', Hard: '困難' },
    enableVideo: '開啟視訊',
    joinQueue: '開始配對',
    joining: '加入中…',
    waiting: '配對中',
    waited: '已等待',
    estimated: '預估等待',
    cancel: '取消配對',
    expired: '配對已逾時，請重新加入。',
    cancelled: '已取消配對。',
    matched: '配對成功！',
    goToRoom: '進入面試房間',
    opportunities: '剩餘機會',
    noOpportunities: '你的面試機會已用完：擔任面試官可以獲得機會，或等待每日補足。',
    currentRoom: '你有一場進行中的面試',
    history: '面試紀錄',
    problem: '題目',
    examples: '範例',
    constraints: '限制',
    hints: '提示',
    noHints: '尚未顯示任何提示。',
    revealHint: '給受試者下一個提示',
    hintRevealed: '已顯示',
    interviewerPane: '面試官專區',
    solution: '參考解答',
    rubric: '評分標準',
    participants: '參與者',
    online: '在線',
    offline: '離線',
    you: '你',
    chat: '聊天',
    chatPlaceholder: '輸入訊息…',
    send: '送出',
    run: '執行',
    running: '執行中…',
    input: '標準輸入',
    console: '輸出',
    noOutput: '尚未執行。',
    submit: '提交解答',
    submitting: '評測中…',
    verdicts: '評測結果',
    verdict: {
      accepted: '通過',
      wrong_answer: '答案錯誤',
      runtime_error: '執行錯誤',
      time_limit_exceeded: '超過時間限制',
      memory_limit_exceeded: '超過記憶體限制',
      output_limit_exceeded: '輸出過多',
      compile_error: '編譯錯誤',
      success: '執行成功',
      failed: '執行失敗',
      cancelled: '已取消',
    },
    passedOf: '通過 {passed}/{total} 筆測資',
    start: '開始面試',
    starting: '開始中…',
    end: '結束面試',
    ending: '結束中…',
    callOff: '取消這場面試',
    confirmCallOff: '對方還沒開始？取消後雙方都可以重新配對。',
    confirmEnd: '確定要結束這場面試嗎？',
    timer: '面試時間',
    status: { waiting: '尚未開始', active: '進行中', ended: '已結束', expired: '已過期' },
    connection: { connecting: '連線中…', connected: '已連線', offline: '離線：你的修改會在重新連線後同步' },
    offlineNote: '離線時仍可繼續編輯，重新連線後會自動合併。',
    editorLoading: '載入編輯器…',
    editRefused: '這次修改沒有被接受，編輯器已還原為雙方共用的程式碼：',
    codeTooLong: '程式碼最多 100,000 個字元。',
    historyFull: '這個房間的編輯紀錄已滿，無法再儲存修改。',
    editRoomExpired: '這個房間已過期。',
    editInterviewEnded: '這場面試已結束，程式碼不能再修改。',
    video: '視訊',
    startVideo: '開啟視訊',
    stopVideo: '關閉視訊',
    videoUnavailable: '無法使用攝影機或麥克風。',
    feedback: '回饋',
    feedbackFor: '給 {name} 的回饋',
    rating: '評分',
    comment: '評語',
    strengths: '優點',
    improvements: '可改進之處',
    listHint: '每行一項',
    giveFeedback: '送出回饋',
    sending: '送出中…',
    yourFeedback: '你給的回饋',
    partnerFeedback: '對方給你的回饋',
    partnerFeedbackHidden: '送出你的回饋後，就能看到對方給你的回饋。',
    partnerFeedbackPending: '對方尚未給回饋。',
    summary: '面試摘要',
    duration: '時長',
    solutionsSubmitted: '提交次數',
    historyTitle: '同儕面試紀錄',
    historyEmpty: '還沒有任何同儕面試紀錄。',
    partner: '對象',
    question: '題目',
    startedAt: '開始時間',
    replay: '重播',
    replayTitle: '面試重播',
    play: '播放',
    pause: '暫停',
    speed: '速度',
    timeline: '時間軸',
    finalCode: '最終程式碼',
    events: {
      chat: '訊息',
      run: '執行',
      output: '輸出',
      verdict: '評測',
      joined: '加入',
      left: '離開',
      started: '開始面試',
      ended: '結束面試',
      hint: '提示',
      feedback: '回饋',
    },
    minutes: '{n} 分鐘',
    backToHistory: '回到面試紀錄',
    panes: { problem: '題目', code: '程式碼', results: '結果', chat: '聊天' },
    hintToast: '面試官給了你一個提示',
    partnerFeedbackToast: '對方已送出回饋',
    criteria: '評分項目（1–5 分）',
    overall: '整體評分',
    reward: '機會結算',
    rewardInterviewer: {
      earned: '你完成了這場面試，獲得一次機會。',
      too_short: '面試未滿 {n} 分鐘，本次不獲得機會，對方的機會已退還。',
      no_work: '受試者在這場面試中沒有撰寫、執行或提交程式，本次不獲得機會。',
      pair_limit: '今天你們兩人之間已經結算過一次機會，本次不獲得機會。',
      daily_limit: '你今天擔任面試官獲得的機會已達上限，本次不獲得機會。',
    },
    rewardInterviewee: {
      earned: '面試官因這場面試獲得一次機會。',
      too_short: '面試未滿 {n} 分鐘，你的機會已退還。',
      no_work: '這場面試沒有撰寫、執行或提交程式，面試官本次不獲得機會。',
      pair_limit: '今天你們兩人之間已經結算過一次機會，面試官本次不獲得機會。',
      daily_limit: '面試官今天獲得的機會已達上限，本次不獲得機會。',
    },
    confirm: '確定',
    back: '返回',
    noOpportunitiesShort: '剩餘機會為 0，無法以受試者身分配對。',
    errors: {
      INSUFFICIENT_OPPORTUNITIES: '你的面試機會已用完：擔任面試官可以獲得機會，或等待每日補足。',
      ALREADY_IN_QUEUE: '你已經在配對佇列中。',
      CONFLICT: '這個動作目前無法進行：房間的狀態已經改變，請重新整理頁面。',
      GONE: '這個房間已過期。',
      FORBIDDEN: '你沒有權限進行這個動作。',
      UNAUTHORIZED: '登入已過期，請重新登入。',
      ROOM_NOT_FOUND: '找不到這個房間。',
      MATCH_NOT_FOUND: '找不到這次配對。',
      QUESTION_NOT_FOUND: '找不到這道題目。',
      USER_NOT_FOUND: '找不到這位使用者。',
      NOT_FOUND: '找不到要求的內容。',
      VALIDATION_ERROR: '輸入的內容有誤，請檢查後再試一次。',
      RATE_LIMIT_EXCEEDED: '操作太頻繁，請稍後再試。',
      SERVICE_UNAVAILABLE: '評測服務忙碌中：你的提交已排入佇列，結果稍後會顯示在這裡。',
      INTERNAL_SERVER_ERROR: '伺服器發生錯誤，請稍後再試。',
    },
    unknownError: '發生錯誤，請稍後再試。',
  },
  en: {
    nav: 'Peer interviews',
    lobbyTitle: 'Peer coding interviews',
    lobbyIntro:
      'Pick a role, a language and a difficulty: you are matched with another user for a mock coding interview in a shared editor.',
    role: 'Role',
    roles: { interviewee: 'Interviewee', interviewer: 'Interviewer' },
    roleHelp: {
      interviewee: 'Solve the problem; starting the interview spends one opportunity.',
      interviewer: 'Ask and guide; completing the interview earns one.',
    },
    language: 'Language',
    difficulty: 'Difficulty',
    difficulties: { Easy: 'Easy', Medium: 'Medium', Hard: 'Hard' },
    enableVideo: 'Video on',
    joinQueue: 'Find a partner',
    joining: 'Joining…',
    waiting: 'Finding a partner',
    waited: 'Waited',
    estimated: 'Estimated wait',
    cancel: 'Cancel',
    expired: 'Nobody was found in time: please join again.',
    cancelled: 'You left the queue.',
    matched: 'Matched!',
    goToRoom: 'Go to the interview room',
    opportunities: 'Opportunities left',
    noOpportunities: 'You have no interview opportunities left: interview someone to earn one, or wait for the daily top-up.',
    currentRoom: 'You have an interview under way',
    history: 'Interview history',
    problem: 'Problem',
    examples: 'Examples',
    constraints: 'Constraints',
    hints: 'Hints',
    noHints: 'No hints shown yet.',
    revealHint: 'Give the interviewee the next hint',
    hintRevealed: 'shown',
    interviewerPane: 'For the interviewer',
    solution: 'Reference solution',
    rubric: 'Rubric',
    participants: 'Participants',
    online: 'online',
    offline: 'offline',
    you: 'you',
    chat: 'Chat',
    chatPlaceholder: 'Type a message…',
    send: 'Send',
    run: 'Run',
    running: 'Running…',
    input: 'Standard input',
    console: 'Output',
    noOutput: 'Nothing run yet.',
    submit: 'Submit',
    submitting: 'Judging…',
    verdicts: 'Verdicts',
    verdict: {
      accepted: 'Accepted',
      wrong_answer: 'Wrong answer',
      runtime_error: 'Runtime error',
      time_limit_exceeded: 'Time limit exceeded',
      memory_limit_exceeded: 'Memory limit exceeded',
      output_limit_exceeded: 'Output limit exceeded',
      compile_error: 'Compile error',
      success: 'Ran',
      failed: 'Failed',
      cancelled: 'Cancelled',
    },
    passedOf: '{passed}/{total} cases passed',
    start: 'Start the interview',
    starting: 'Starting…',
    end: 'End the interview',
    ending: 'Ending…',
    callOff: 'Call this interview off',
    confirmCallOff: 'Nobody started yet? Once called off, both of you can queue again.',
    confirmEnd: 'End this interview?',
    timer: 'Interview time',
    status: { waiting: 'Not started', active: 'In progress', ended: 'Ended', expired: 'Expired' },
    connection: { connecting: 'Connecting…', connected: 'Connected', offline: 'Offline: your edits sync when you reconnect' },
    offlineNote: 'You can keep editing offline; your edits merge when you reconnect.',
    editorLoading: 'Loading the editor…',
    editRefused: 'This edit was not accepted; the editor is back to the code you both share: ',
    codeTooLong: 'code is at most 100,000 characters.',
    historyFull: 'this room’s editor history is full, and no more edits can be stored.',
    editRoomExpired: 'this room has expired.',
    editInterviewEnded: 'the interview has ended, and its code can no longer change.',
    video: 'Video',
    startVideo: 'Start video',
    stopVideo: 'Stop video',
    videoUnavailable: 'The camera or microphone is not available.',
    feedback: 'Feedback',
    feedbackFor: 'Feedback for {name}',
    rating: 'Rating',
    comment: 'Comment',
    strengths: 'Strengths',
    improvements: 'To improve',
    listHint: 'One per line',
    giveFeedback: 'Send feedback',
    sending: 'Sending…',
    yourFeedback: 'Your feedback',
    partnerFeedback: 'Feedback you received',
    partnerFeedbackHidden: 'Send yours to see the feedback your partner gave you.',
    partnerFeedbackPending: 'Your partner has not given feedback yet.',
    summary: 'Summary',
    duration: 'Duration',
    solutionsSubmitted: 'Submissions',
    historyTitle: 'Peer interview history',
    historyEmpty: 'No peer interviews yet.',
    partner: 'Partner',
    question: 'Question',
    startedAt: 'Started',
    replay: 'Replay',
    replayTitle: 'Interview replay',
    play: 'Play',
    pause: 'Pause',
    speed: 'Speed',
    timeline: 'Timeline',
    finalCode: 'Final code',
    events: {
      chat: 'Message',
      run: 'Run',
      output: 'Output',
      verdict: 'Verdict',
      joined: 'Joined',
      left: 'Left',
      started: 'Interview started',
      ended: 'Interview ended',
      hint: 'Hint',
      feedback: 'Feedback',
    },
    minutes: '{n} min',
    backToHistory: 'Back to history',
    panes: { problem: 'Problem', code: 'Code', results: 'Results', chat: 'Chat' },
    hintToast: 'The interviewer gave you a hint',
    partnerFeedbackToast: 'Your partner has given feedback',
    criteria: 'Criteria (1–5)',
    overall: 'Overall rating',
    reward: 'Opportunities',
    rewardInterviewer: {
      earned: 'You completed this interview and earned one opportunity.',
      too_short: 'The interview lasted under {n} minutes: nothing is earned, and your partner’s opportunity was returned.',
      no_work: 'The interviewee wrote, ran or submitted no code: nothing is earned.',
      pair_limit: 'The two of you already settled an opportunity today: nothing is earned.',
      daily_limit: 'You reached today’s limit of opportunities earned by interviewing: nothing is earned.',
    },
    rewardInterviewee: {
      earned: 'Your interviewer earned one opportunity for this interview.',
      too_short: 'The interview lasted under {n} minutes: your opportunity was returned.',
      no_work: 'No code was written, run or submitted: your interviewer earns nothing.',
      pair_limit: 'The two of you already settled an opportunity today: your interviewer earns nothing.',
      daily_limit: 'Your interviewer reached today’s limit: nothing is earned.',
    },
    confirm: 'Confirm',
    back: 'Back',
    noOpportunitiesShort: 'You have 0 opportunities left, so you cannot queue as the interviewee.',
    errors: {
      INSUFFICIENT_OPPORTUNITIES: 'You have no interview opportunities left: interview someone to earn one, or wait for the daily top-up.',
      ALREADY_IN_QUEUE: 'You are already in the queue.',
      CONFLICT: 'This cannot be done now: the room has changed. Reload the page.',
      GONE: 'This room has expired.',
      FORBIDDEN: 'You may not do this.',
      UNAUTHORIZED: 'Your session has ended: please log in again.',
      ROOM_NOT_FOUND: 'This room was not found.',
      MATCH_NOT_FOUND: 'This match was not found.',
      QUESTION_NOT_FOUND: 'This question was not found.',
      USER_NOT_FOUND: 'This user was not found.',
      NOT_FOUND: 'Not found.',
      VALIDATION_ERROR: 'Something in the input is not right: check it and try again.',
      RATE_LIMIT_EXCEEDED: 'Too many requests: try again in a moment.',
      SERVICE_UNAVAILABLE: 'The judge is busy: your submission is queued and its verdict will appear here.',
      INTERNAL_SERVER_ERROR: 'Something went wrong on the server: try again later.',
    },
    unknownError: 'Something went wrong: try again later.',
  },
};
