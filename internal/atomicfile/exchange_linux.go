package atomicfile

import (
	"errors"

	"golang.org/x/sys/unix"
)

// errNoExchange marks a file system that cannot exchange two names.
var errNoExchange = errors.New("exchange not supported")

// exchange swaps the directories a and b in one step with
// renameat2(RENAME_EXCHANGE) (Linux 3.15; ext4, xfs, btrfs, tmpfs, overlayfs
// among others).
func exchange(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	if errors.Is(err, unix.EINVAL) || errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.ENOTSUP) {
		return errors.Join(errNoExchange, err)
	}
	return err
}
