'use client';

import * as DialogPrimitive from '@radix-ui/react-dialog';
import { ChevronDown, Menu, UserRound, X } from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { cn } from '@/lib/cn';
import { ACCOUNT_TRIGGER, ICONS, MENU_TRIGGER, isCurrent, type NavGroup, type NavItem, type NavLabels } from './nav-items';

/** The signed-in user's pages in one menu; the trigger shows their name. */
export function AccountMenuPanel({ name, items, admin, labels }: { name: string; items: NavItem[]; admin: NavItem[]; labels: NavLabels }) {
  const renderItem = (item: NavItem) => {
    const Icon = ICONS[item.icon];
    return (
      <DropdownMenuItem key={item.href} asChild>
        <Link href={item.href} prefetch={false}>
          <Icon aria-hidden />
          {item.label}
        </Link>
      </DropdownMenuItem>
    );
  };
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className={ACCOUNT_TRIGGER} aria-label={labels.accountMenu}>
        <UserRound className="size-4 shrink-0 text-slate-500" aria-hidden />
        <span className="truncate" data-testid="nav-profile">
          {name}
        </span>
        <ChevronDown className="size-3.5 shrink-0 text-slate-500" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        {items.slice(0, -1).map(renderItem)}
        {admin.length > 0 && (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuLabel>{labels.admin}</DropdownMenuLabel>
            {admin.map(renderItem)}
          </>
        )}
        <DropdownMenuSeparator />
        {items.slice(-1).map(renderItem)}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

/** Below lg a menu button opens a sheet with every link the header has. */
export function MobileNavSheet({ groups, labels }: { groups: NavGroup[]; labels: NavLabels }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  return (
    <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
      <DialogPrimitive.Trigger className={MENU_TRIGGER} aria-label={labels.openMenu} data-testid="nav-menu">
        <Menu className="size-5" aria-hidden />
      </DialogPrimitive.Trigger>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-black/60" />
        <DialogPrimitive.Content
          className="fixed inset-y-0 right-0 z-50 flex w-[min(20rem,85vw)] flex-col gap-4 overflow-y-auto border-l border-slate-200 bg-white p-5 shadow-xl"
          aria-describedby={undefined}
        >
          <div className="flex items-center justify-between">
            <DialogPrimitive.Title className="text-base font-semibold text-slate-900">{labels.menuTitle}</DialogPrimitive.Title>
            <DialogPrimitive.Close
              className="rounded-md p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
              aria-label={labels.closeMenu}
            >
              <X className="size-5" aria-hidden />
            </DialogPrimitive.Close>
          </div>
          <nav aria-label={labels.mainNav} className="space-y-5">
            {groups.map((group) => (
              <section key={group.label} className="space-y-1">
                <h2 className="px-2 text-xs font-medium tracking-wide text-slate-500">{group.label}</h2>
                <ul className="space-y-0.5">
                  {group.items.map((item) => {
                    const Icon = ICONS[item.icon];
                    const current = isCurrent(pathname, item.href);
                    return (
                      <li key={item.href}>
                        <Link
                          href={item.href}
                          prefetch={false}
                          aria-current={current ? 'page' : undefined}
                          onClick={() => setOpen(false)}
                          className={cn(
                            'flex items-center gap-3 rounded-md px-2 py-2 text-sm',
                            current ? 'bg-brand-50 font-medium text-brand-700' : 'text-slate-700 hover:bg-slate-100',
                          )}
                        >
                          <Icon className="size-4 shrink-0" aria-hidden />
                          {item.label}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </section>
            ))}
          </nav>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
