import {
  Bot,
  BookOpenText,
  Building2,
  Code,
  FileCode,
  FileText,
  Heart,
  ListChecks,
  LogIn,
  LogOut,
  MessagesSquare,
  Settings,
  ShieldCheck,
  Ticket,
  UserPlus,
  UserRound,
  Users,
} from 'lucide-react';

// Icons are named, not passed: the server header cannot hand a component to a client one.
export const ICONS = {
  interview: Bot,
  practice: Code,
  live: Users,
  forum: MessagesSquare,
  experiences: BookOpenText,
  companies: Building2,
  profile: UserRound,
  resume: FileText,
  favorites: Heart,
  opportunities: Ticket,
  preferences: Settings,
  logout: LogOut,
  interviewBank: ListChecks,
  questionAdmin: ShieldCheck,
  docs: FileCode,
  login: LogIn,
  signup: UserPlus,
} as const;

export type NavItem = { href: string; label: string; icon: keyof typeof ICONS };
export type NavGroup = { label: string; items: NavItem[] };
export type NavLabels = { mainNav: string; openMenu: string; closeMenu: string; menuTitle: string; accountMenu: string; admin: string };

export function isCurrent(pathname: string, href: string) {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The menus' triggers, the same before and after their code arrives. */
export const ACCOUNT_TRIGGER =
  'inline-flex max-w-40 items-center gap-1.5 rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none';
export const MENU_TRIGGER =
  'inline-flex size-9 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none lg:hidden';
