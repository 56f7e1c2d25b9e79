package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// UploadTarget says which corpus file an uploaded file replaces, by its
// name: a .md or .txt file is the article, a .yaml or .yml file the fact
// sheet. Anything else is refused.
func UploadTarget(filename string) (string, error) {
	switch strings.ToLower(filepath.Ext(filename)) {
	case ".md", ".markdown":
		return ArticleFile, nil
	case ".txt":
		return ArticleTextFile, nil
	case ".yaml", ".yml":
		return FactsFile, nil
	}
	return "", fmt.Errorf("%q is neither an article (.md or .txt) nor a fact sheet (.yaml)", filepath.Base(filename))
}

// WithFile returns fsys as it would be with name replaced by data, for
// validating a replacement before anything is written. A new article hides
// the article file of the other format, as WriteFile moves it aside.
func WithFile(fsys fs.FS, name string, data []byte) fs.FS {
	return overlay{base: fsys, name: name, data: data, hidden: otherArticle(name)}
}

// otherArticle is the article file of the other format than name's, or ""
// when name is not an article file.
func otherArticle(name string) string {
	switch name {
	case ArticleFile:
		return ArticleTextFile
	case ArticleTextFile:
		return ArticleFile
	}
	return ""
}

type overlay struct {
	base         fs.FS
	name, hidden string
	data         []byte
}

func (o overlay) Open(name string) (fs.File, error) {
	switch name {
	case o.name:
		return &memFile{name: name, r: bytes.NewReader(o.data), size: int64(len(o.data))}, nil
	case o.hidden:
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return o.base.Open(name)
}

// memFile is an in-memory fs.File.
type memFile struct {
	name string
	r    *bytes.Reader
	size int64
}

func (f *memFile) Read(p []byte) (int, error) { return f.r.Read(p) }
func (f *memFile) Close() error               { return nil }
func (f *memFile) Stat() (fs.FileInfo, error) { return memInfo{f.name, f.size}, nil }

type memInfo struct {
	name string
	size int64
}

func (i memInfo) Name() string       { return i.name }
func (i memInfo) Size() int64        { return i.size }
func (i memInfo) Mode() fs.FileMode  { return 0o644 }
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return false }
func (i memInfo) Sys() any           { return nil }

// BackupSuffix is appended to a corpus file's name for the version a
// replacement displaced.
const BackupSuffix = ".bak"

// WriteFile replaces the corpus file name in dir with data, atomically:
// data goes to a temporary file in dir, is synced, and is renamed over the
// old file, so a reader sees the old file or the new one, never half of
// one. The version it replaces is kept as name+".bak". A new article in
// the other format moves the old article aside to its own backup, so one
// article remains. It returns the backup's path ("" when there was no
// previous version).
func WriteFile(dir, name string, data []byte) (backup string, err error) {
	if !slices.Contains(Files(), name) {
		return "", fmt.Errorf("corpus: %q is not a corpus file", name)
	}
	path := filepath.Join(dir, name)
	// Leftovers of killed writes; recent ones may belong to a write in
	// progress, so only old ones go.
	_ = cleanTemp(dir, staleTemp)
	tmp, err := os.CreateTemp(dir, "."+name+".*"+tempSuffix)
	if err != nil {
		return "", fmt.Errorf("corpus: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if step, err := writeSynced(tmp, bytes.NewReader(data)); err != nil {
		return "", fmt.Errorf("corpus: %s %s: %w", step, name, err)
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return "", fmt.Errorf("corpus: %w", err)
	}
	if backup, err = copyToBackup(path); err != nil {
		return "", err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return "", fmt.Errorf("corpus: replace %s: %w", name, err)
	}
	if other := otherArticle(name); other != "" {
		if _, err := setAside(dir, other); err != nil {
			return backup, err
		}
	}
	syncDir(dir)
	return backup, nil
}

// SetAside moves a corpus file out of the way, to its backup
// (name+".bak"), durably: a directory that must no longer hold it (a
// version of the corpus without a fact sheet) does not get it back after
// a crash. A file that is not there is no error.
func SetAside(dir, name string) error {
	moved, err := setAside(dir, name)
	if moved {
		syncDir(dir) // an absent file changes nothing to make durable
	}
	return err
}

// setAside moves a file to its backup and reports whether it was there.
func setAside(dir, name string) (moved bool, err error) {
	path := filepath.Join(dir, name)
	if _, err := os.Stat(path); err != nil {
		return false, nil
	}
	if err := os.Rename(path, path+BackupSuffix); err != nil {
		return false, fmt.Errorf("corpus: move the old %s aside: %w", name, err)
	}
	return true, nil
}

// copyToBackup copies path to path+".bak", atomically too, and returns the
// backup's path, or "" when path does not exist.
func copyToBackup(path string) (string, error) {
	src, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("corpus: %w", err)
	}
	defer src.Close()
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.bak.tmp")
	if err != nil {
		return "", fmt.Errorf("corpus: %w", err)
	}
	_, err = writeSynced(tmp, src)
	backup := path + BackupSuffix
	if err == nil {
		err = os.Rename(tmp.Name(), backup)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", fmt.Errorf("corpus: back up %s: %w", filepath.Base(path), err)
	}
	return backup, nil
}

// syncDir makes renames in dir durable where the platform allows.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

// Seed writes the embedded corpus into dir when dir holds no article (a
// fresh volume), creating dir if needed, so moderators have files to edit.
// It reports whether it wrote anything; a directory with an article is
// left alone, since an article alone is a corpus.
//
// Seeding is atomic for readers and restarts: the files are written and
// synced in a temporary directory inside dir, then renamed into place, the
// fact sheet first and the article last. A kill at any moment leaves
// either no article (and the next Seed starts again, replacing a
// half-seeded fact sheet) or the whole corpus. Temporary files left by
// killed writes are removed first.
func Seed(dir string) (bool, error) {
	if hasArticle(dir) {
		return false, CleanTemp(dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return false, fmt.Errorf("corpus: %w", err)
	}
	if err := CleanTemp(dir); err != nil {
		return false, err
	}
	tmp, err := os.MkdirTemp(dir, seedTempPrefix+"*"+tempSuffix)
	if err != nil {
		return false, fmt.Errorf("corpus: %w", err)
	}
	defer os.RemoveAll(tmp)
	for _, name := range []string{FactsFile, ArticleFile} {
		if err := seedFile(tmp, name); err != nil {
			return false, err
		}
	}
	syncDir(tmp)
	for _, name := range []string{FactsFile, ArticleFile} {
		if err := os.Rename(filepath.Join(tmp, name), filepath.Join(dir, name)); err != nil {
			return false, fmt.Errorf("corpus: seed %s: %w", name, err)
		}
	}
	syncDir(dir)
	return true, nil
}

// hasArticle reports whether dir holds an article file.
func hasArticle(dir string) bool {
	for _, name := range []string{ArticleFile, ArticleTextFile} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return true
		}
	}
	return false
}

// seedFile writes the embedded corpus file name into dir and syncs it.
func seedFile(dir, name string) error {
	data, err := fs.ReadFile(DefaultFS(), name)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(filepath.Join(dir, name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	if _, err := writeSynced(f, bytes.NewReader(data)); err != nil {
		return fmt.Errorf("corpus: seed %s: %w", name, err)
	}
	return nil
}

// writeSynced copies r into f, syncs f and closes it, so what was written
// is on disk before a rename makes it visible. It closes f whatever fails,
// and returns the first error with the step it failed at: "write", "sync"
// or "close".
func writeSynced(f *os.File, r io.Reader) (step string, err error) {
	step = "write"
	if _, err = io.Copy(f, r); err == nil {
		step, err = "sync", f.Sync()
	}
	if cerr := f.Close(); err == nil && cerr != nil {
		step, err = "close", cerr
	}
	return step, err
}

// Names of the temporary files and directories corpus writes use: a
// killed write may leave them behind, and CleanTemp removes them.
const (
	seedTempPrefix = ".seed-"
	tempSuffix     = ".tmp"
)

// staleTemp is how old a temporary file must be before WriteFile removes
// it: older than any write in progress could be.
const staleTemp = 10 * time.Minute

// CleanTemp removes the temporary files and directories that writes killed
// part-way left in dir (".NAME.*.tmp" files and ".seed-*.tmp" directories).
// Call it at start, before any write to dir is under way.
func CleanTemp(dir string) error { return cleanTemp(dir, 0) }

// cleanTemp removes temporary files in dir older than age.
func cleanTemp(dir string, age time.Duration) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, ".") || !strings.HasSuffix(name, tempSuffix) {
			continue
		}
		if age > 0 {
			info, err := e.Info()
			if err != nil || time.Since(info.ModTime()) < age {
				continue
			}
		}
		if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
			return fmt.Errorf("corpus: remove a stale temporary file: %w", err)
		}
	}
	return nil
}
