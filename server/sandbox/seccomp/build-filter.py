#!/usr/bin/python3
"""Writes the sandbox's seccomp filter (a raw BPF program for bwrap --seccomp) to argv[1].

Built with libseccomp (Debian's python3-seccomp), which handles syscall numbering, the
architecture check and the x32 ABI. Default allow; the deny list follows Moby's default
profile (github.com/moby/moby profiles/seccomp/default.json): the syscalls it only grants
with capabilities a run never has, plus io_uring (which Moby dropped in 2023). The sandbox
hashes this file, so any change here rebuilds the cached filter.
"""

import errno
import sys

import seccomp

EPERM = seccomp.ERRNO(errno.EPERM)
# "Not implemented": callers fall back (glibc from clone3 to clone, libuv from io_uring to threads).
ENOSYS = seccomp.ERRNO(errno.ENOSYS)

DENIED = [
    # Namespaces, mounts and the filesystem root: the jail's own walls.
    "unshare", "setns", "mount", "umount", "umount2", "pivot_root", "chroot",
    "fsopen", "fsconfig", "fsmount", "fspick", "move_mount", "open_tree", "mount_setattr",
    # Inspecting or writing other processes.
    "ptrace", "process_vm_readv", "process_vm_writev", "kcmp", "pidfd_getfd", "process_madvise",
    # Kernel keyrings, BPF, perf, userfaultfd: large attack surface, no use to a judged program.
    "keyctl", "add_key", "request_key", "bpf", "perf_event_open", "userfaultfd", "lookup_dcookie",
    "fanotify_init",
    # Modules, kexec, reboot, swap, accounting, quotas, the kernel log.
    "init_module", "finit_module", "delete_module", "create_module", "get_kernel_syms", "query_module",
    "kexec_load", "kexec_file_load", "reboot", "swapon", "swapoff", "acct", "quotactl", "quotactl_fd",
    "syslog", "_sysctl", "sysfs", "uselib", "ustat", "nfsservctl",
    # File handles bypass path lookup (the classic container escape).
    "open_by_handle_at", "name_to_handle_at",
    # Hardware I/O ports, the clock, NUMA placement.
    "iopl", "ioperm", "vm86", "vm86old", "clock_adjtime", "clock_settime", "settimeofday", "stime",
    "mbind", "set_mempolicy", "get_mempolicy", "move_pages",
]
NOT_IMPLEMENTED = ["clone3", "io_uring_setup", "io_uring_enter", "io_uring_register"]

CLONE_NAMESPACE_FLAGS = [
    0x00020000,  # CLONE_NEWNS
    0x02000000,  # CLONE_NEWCGROUP
    0x04000000,  # CLONE_NEWUTS
    0x08000000,  # CLONE_NEWIPC
    0x10000000,  # CLONE_NEWUSER
    0x20000000,  # CLONE_NEWPID
    0x40000000,  # CLONE_NEWNET
]
# personality(): PER_LINUX, PER_LINUX32 (0x8) and UNAME26 (0x20000) only, as Moby allows; any
# other bit (ADDR_NO_RANDOMIZE, READ_IMPLIES_EXEC, ...) is refused. libseccomp compares an
# argument once per rule, so this is one rule per forbidden bit; it also refuses the
# 0xffffffff query, which none of the toolchains use.
PERSONALITY_ALLOWED_BITS = 0x00020008


def build(path):
    f = seccomp.SyscallFilter(seccomp.ALLOW)
    for name in DENIED:
        f.add_rule(EPERM, name)
    for name in NOT_IMPLEMENTED:
        f.add_rule(ENOSYS, name)
    # Threads and fork are clone without namespace flags: only those flags are refused.
    for flag in CLONE_NAMESPACE_FLAGS:
        f.add_rule(EPERM, "clone", seccomp.Arg(0, seccomp.MASKED_EQ, flag, flag))
    for bit in range(32):
        if not PERSONALITY_ALLOWED_BITS & (1 << bit):
            f.add_rule(EPERM, "personality", seccomp.Arg(0, seccomp.MASKED_EQ, 1 << bit, 1 << bit))
    with open(path, "wb") as out:
        f.export_bpf(out)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build-filter.py OUTPUT")
    build(sys.argv[1])
