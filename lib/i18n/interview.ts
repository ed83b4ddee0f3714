import type { Dictionary } from './messages';

/** Strings of the AI mock interview: set-up, the interview itself, feedback and records. */
export interface InterviewStrings {
  title: string;
  intro: string;
  records: string;
  resumeTitle: string;
  resumeItem: string;
  resumeAction: string;
  position: string;
  positionPlaceholder: string;
  description: string;
  descriptionHint: string;
  questionCount: string;
  secondsPerAnswer: string;
  seconds: string;
  language: string;
  languageZh: string;
  languageEn: string;
  start: string;
  starting: string;
  noResumeTip: string;
  goToResume: string;
  questionOf: string;
  whyChosen: string;
  beginAnswer: string;
  timeLeft: string;
  timeUp: string;
  modeTyped: string;
  modeVoice: string;
  answerPlaceholder: string;
  transcriptPlaceholder: string;
  draftRestored: string;
  startRecording: string;
  stopRecording: string;
  recording: string;
  recorded: string;
  noMicrophone: string;
  noSpeechRecognition: string;
  keepRecording: string;
  submitAnswer: string;
  saving: string;
  saveFailed: string;
  retry: string;
  next: string;
  finish: string;
  finishEarly: string;
  finishing: string;
  allAnswered: string;
  feedback: string;
  score: string;
  duration: string;
  speechRate: string;
  cpm: string;
  wpm: string;
  rateUnknown: string;
  rateUnknownHint: string;
  scoreOf: string;
  scoreFactors: string;
  factorCoverage: string;
  factorLength: string;
  factorStar: string;
  factorFluency: string;
  factorPoints: string;
  paceNotScored: string;
  finishLast: string;
  confirmFinishTitle: string;
  confirmFinishBody: string;
  confirmFinishAction: string;
  keepAnswering: string;
  progress: string;
  stepDone: string;
  stepCurrent: string;
  stepPending: string;
  axisScore: string;
  axisCpm: string;
  axisWpm: string;
  axisFillers: string;
  confirmDeleteTitle: string;
  cancel: string;
  fillers: string;
  noFillers: string;
  length: string;
  lengthShort: string;
  lengthOk: string;
  lengthLong: string;
  lengthEmpty: string;
  recommended: string;
  chars: string;
  words: string;
  coverage: string;
  covered: string;
  missed: string;
  star: string;
  starSituation: string;
  starTask: string;
  starAction: string;
  starResult: string;
  tips: string;
  coach: string;
  coachWriting: string;
  followUp: string;
  coachUnavailable: string;
  playRecording: string;
  recordsTitle: string;
  recordsIntro: string;
  noRecords: string;
  trends: string;
  trendScore: string;
  trendRate: string;
  trendFillers: string;
  trendNeedMore: string;
  overall: string;
  improved: string;
  questions: string;
  unanswered: string;
  deleteRecord: string;
  confirmDelete: string;
  deleted: string;
  backToRecords: string;
  newInterview: string;
  signedOut: string;
  serverError: string;
  rateLimited: string;
  formError: string;
  notYours: string;
  inProgress: string;
}

const zhTW: InterviewStrings = {
  title: 'AI 模擬面試',
  intro:
    '輸入想應徵的職位與職缺描述，AI 面試官會依職缺和你的履歷出題。每題可以打字或用說的回答，答完立即得到語速、口頭禪、重點涵蓋與改進建議。',
  records: '面試紀錄',
  resumeTitle: '繼續未完成的面試',
  resumeItem: '{position}（已答 {answered}/{total} 題）',
  resumeAction: '繼續',
  position: '應徵職位',
  positionPlaceholder: '例如：前端工程師',
  description: '職缺描述（選填）',
  descriptionHint: '貼上職缺內容，題目會更貼近這份工作。',
  questionCount: '題數',
  secondsPerAnswer: '每題作答時間',
  seconds: '{n} 秒',
  language: '面試語言',
  languageZh: '中文',
  languageEn: 'English',
  start: '開始面試',
  starting: '準備題目中…',
  noResumeTip: '履歷上填寫技能後，題目會依你的技能調整。',
  goToResume: '編輯履歷',
  questionOf: '第 {n} 題，共 {total} 題',
  whyChosen: '出題原因',
  beginAnswer: '開始作答',
  timeLeft: '剩餘時間',
  timeUp: '時間到',
  modeTyped: '打字回答',
  modeVoice: '語音回答',
  answerPlaceholder: '在這裡輸入你的回答…',
  transcriptPlaceholder: '逐字稿：支援語音辨識的瀏覽器會自動填入，也可以自行輸入或修改。',
  draftRestored: '已還原上次未送出的回答。',
  startRecording: '開始錄音',
  stopRecording: '停止錄音',
  recording: '錄音中…',
  recorded: '已錄音 {seconds} 秒',
  noMicrophone: '無法使用麥克風，請改用打字回答。',
  noSpeechRecognition: '這個瀏覽器無法語音轉文字，請在下方輸入你說的內容。',
  keepRecording: '保留錄音，之後可以回放',
  submitAnswer: '送出回答',
  saving: '儲存中…',
  saveFailed: '回答沒有送出，內容仍保留在這裡，請再試一次。',
  retry: '再試一次',
  next: '下一題',
  finish: '完成面試，查看結果',
  finishEarly: '提早結束面試',
  finishing: '整理結果中…',
  allAnswered: '所有題目都回答完了。',
  feedback: '回饋',
  score: '分數',
  duration: '作答時間',
  speechRate: '語速',
  cpm: '{n} 字／分鐘',
  wpm: '{n} 字（英文）／分鐘',
  rateUnknown: '無法判斷語速',
  rateUnknownHint: '語速只依瀏覽器語音辨識的逐字稿計算；打字回答或沒有逐字稿的錄音不計。',
  scoreOf: '{n}／100',
  scoreFactors: '分數組成',
  factorCoverage: '重點涵蓋',
  factorLength: '長度',
  factorStar: '結構（STAR）',
  factorFluency: '流暢度（口頭禪）',
  factorPoints: '{points}／{max}',
  paceNotScored: '語速不計入分數，只提供建議。',
  finishLast: '完成',
  confirmFinishTitle: '提早結束面試？',
  confirmFinishBody: '已回答的 {answered} 題與回饋會保存在面試紀錄中，其餘 {left} 題記為未作答。',
  confirmFinishAction: '結束面試',
  keepAnswering: '繼續作答',
  progress: '作答進度',
  stepDone: '第 {n} 題：已作答',
  stepCurrent: '第 {n} 題：作答中',
  stepPending: '第 {n} 題：尚未作答',
  axisScore: '分',
  axisCpm: '字／分鐘',
  axisWpm: '英文字／分鐘',
  axisFillers: '次／題',
  confirmDeleteTitle: '刪除面試紀錄？',
  cancel: '取消',
  fillers: '口頭禪',
  noFillers: '沒有明顯的口頭禪',
  length: '長度',
  lengthShort: '偏短',
  lengthOk: '適中',
  lengthLong: '偏長',
  lengthEmpty: '未作答',
  recommended: '建議 {min}–{max} {unit}',
  chars: '字',
  words: '個英文字',
  coverage: '重點涵蓋',
  covered: '有提到',
  missed: '可以補充',
  star: 'STAR 結構',
  starSituation: '情境',
  starTask: '任務',
  starAction: '行動',
  starResult: '結果',
  tips: '改進建議',
  coach: 'AI 教練',
  coachWriting: 'AI 教練撰寫中…',
  followUp: '面試官可能追問',
  coachUnavailable: 'AI 教練暫時無法回應，以上是內建分析的回饋。',
  playRecording: '回放錄音',
  recordsTitle: '面試紀錄',
  recordsIntro: '每次模擬面試的回答與回饋都保存在這裡；趨勢圖讓你看出自己是否在進步。',
  noRecords: '還沒有面試紀錄。完成一次模擬面試後，結果會出現在這裡。',
  trends: '進步趨勢',
  trendScore: '分數',
  trendRate: '平均語速',
  trendFillers: '每題口頭禪',
  trendNeedMore: '完成兩次以上面試後，就能看到趨勢。',
  overall: '總分',
  improved: '需要改進',
  questions: '題目與回答',
  unanswered: '（未作答）',
  deleteRecord: '刪除紀錄',
  confirmDelete: '確定要刪除這筆面試紀錄與錄音嗎？刪除後無法復原。',
  deleted: '已刪除',
  backToRecords: '回到面試紀錄',
  newInterview: '開始新的面試',
  signedOut: '登入已過期，請重新登入。',
  serverError: '伺服器發生錯誤，請稍後再試。',
  rateLimited: '請求過於頻繁，請稍後再試。',
  formError: '資料有誤，請檢查標示的欄位。',
  notYours: '這不是你的面試。',
  inProgress: '進行中',
};

const en: InterviewStrings = {
  title: 'AI mock interview',
  intro:
    'Enter the position you are applying for and its job description: the AI interviewer chooses questions for the job and your résumé. Answer each by typing or speaking and get your speech rate, filler words, the points you covered and what to improve, right away.',
  records: 'Interview records',
  resumeTitle: 'Unfinished interviews',
  resumeItem: '{position} ({answered}/{total} answered)',
  resumeAction: 'Resume',
  position: 'Position',
  positionPlaceholder: 'e.g. Frontend engineer',
  description: 'Job description (optional)',
  descriptionHint: 'Paste the job post for questions closer to this job.',
  questionCount: 'Questions',
  secondsPerAnswer: 'Time per answer',
  seconds: '{n} s',
  language: 'Interview language',
  languageZh: '中文',
  languageEn: 'English',
  start: 'Start the interview',
  starting: 'Choosing questions…',
  noResumeTip: 'Add skills to your résumé and the questions will follow them.',
  goToResume: 'Edit résumé',
  questionOf: 'Question {n} of {total}',
  whyChosen: 'Why this question',
  beginAnswer: 'Start answering',
  timeLeft: 'Time left',
  timeUp: 'Time is up',
  modeTyped: 'Type',
  modeVoice: 'Speak',
  answerPlaceholder: 'Type your answer here…',
  transcriptPlaceholder: 'Transcript: filled in by speech recognition where the browser has it; you can type or correct it.',
  draftRestored: 'Your unsent answer was restored.',
  startRecording: 'Start recording',
  stopRecording: 'Stop recording',
  recording: 'Recording…',
  recorded: 'Recorded {seconds} s',
  noMicrophone: 'The microphone is not available: please type your answer.',
  noSpeechRecognition: 'This browser cannot transcribe speech: type what you said below.',
  keepRecording: 'Keep the recording to play it back later',
  submitAnswer: 'Submit answer',
  saving: 'Saving…',
  saveFailed: 'Your answer was not sent; it is still here. Please try again.',
  retry: 'Try again',
  next: 'Next question',
  finish: 'Finish and see the results',
  finishEarly: 'End the interview now',
  finishing: 'Summing up…',
  allAnswered: 'Every question is answered.',
  feedback: 'Feedback',
  score: 'Score',
  duration: 'Duration',
  speechRate: 'Speech rate',
  cpm: '{n} characters/min',
  wpm: '{n} words/min',
  rateUnknown: 'Speech rate unknown',
  rateUnknownHint:
    'Speech rate comes only from the browser’s speech recognition transcript; typed answers and recordings without one are not measured.',
  scoreOf: '{n}/100',
  scoreFactors: 'What made the score',
  factorCoverage: 'Points covered',
  factorLength: 'Length',
  factorStar: 'Structure (STAR)',
  factorFluency: 'Fluency (fillers)',
  factorPoints: '{points}/{max}',
  paceNotScored: 'Speech rate is not scored; it only gives advice.',
  finishLast: 'Finish',
  confirmFinishTitle: 'End the interview now?',
  confirmFinishBody: 'The {answered} answered questions and their feedback are kept in the record; the other {left} count as not answered.',
  confirmFinishAction: 'End interview',
  keepAnswering: 'Keep answering',
  progress: 'Progress',
  stepDone: 'Question {n}: answered',
  stepCurrent: 'Question {n}: current',
  stepPending: 'Question {n}: not answered yet',
  axisScore: 'points',
  axisCpm: 'characters/min',
  axisWpm: 'words/min',
  axisFillers: 'per answer',
  confirmDeleteTitle: 'Delete this record?',
  cancel: 'Cancel',
  fillers: 'Filler words',
  noFillers: 'No notable filler words',
  length: 'Length',
  lengthShort: 'Short',
  lengthOk: 'Good',
  lengthLong: 'Long',
  lengthEmpty: 'Not answered',
  recommended: 'Aim for {min}–{max} {unit}',
  chars: 'characters',
  words: 'words',
  coverage: 'Points covered',
  covered: 'Covered',
  missed: 'Could add',
  star: 'STAR structure',
  starSituation: 'Situation',
  starTask: 'Task',
  starAction: 'Action',
  starResult: 'Result',
  tips: 'To improve',
  coach: 'AI coach',
  coachWriting: 'The AI coach is writing…',
  followUp: 'A likely follow-up question',
  coachUnavailable: 'The AI coach is not answering right now; the feedback above is the built-in analysis.',
  playRecording: 'Play back',
  recordsTitle: 'Interview records',
  recordsIntro: 'Every mock interview’s answers and feedback are kept here; the trend chart shows whether you are improving.',
  noRecords: 'No interview records yet. Finish a mock interview and it appears here.',
  trends: 'Trends',
  trendScore: 'Score',
  trendRate: 'Mean speech rate',
  trendFillers: 'Fillers per answer',
  trendNeedMore: 'Finish two or more interviews to see a trend.',
  overall: 'Overall',
  improved: 'To improve',
  questions: 'Questions and answers',
  unanswered: '(not answered)',
  deleteRecord: 'Delete record',
  confirmDelete: 'Delete this interview record and its recordings? This cannot be undone.',
  deleted: 'Deleted',
  backToRecords: 'Back to records',
  newInterview: 'Start a new interview',
  signedOut: 'Your session has ended: please log in again.',
  serverError: 'Something went wrong on the server; please try again later.',
  rateLimited: 'Too many requests; please try again shortly.',
  formError: 'Please check the marked fields.',
  notYours: 'This is not your interview.',
  inProgress: 'In progress',
};

export const INTERVIEW: Dictionary<InterviewStrings> = { 'zh-TW': zhTW, en };
