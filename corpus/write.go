package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
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
	o := overlay{base: fsys, name: name, data: data}
	switch name {
	case ArticleFile:
		o.hidden = ArticleTextFile
	case ArticleTextFile:
		o.hidden = ArticleFile
	}
	return o
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
	if name != ArticleFile && name != ArticleTextFile && name != FactsFile {
		return "", fmt.Errorf("corpus: %q is not a corpus file", name)
	}
	path := filepath.Join(dir, name)
	tmp, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return "", fmt.Errorf("corpus: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return "", fmt.Errorf("corpus: write %s: %w", name, err)
	}
	if err = tmp.Sync(); err != nil {
		return "", fmt.Errorf("corpus: sync %s: %w", name, err)
	}
	if err = tmp.Close(); err != nil {
		return "", fmt.Errorf("corpus: close %s: %w", name, err)
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
	other := map[string]string{ArticleFile: ArticleTextFile, ArticleTextFile: ArticleFile}[name]
	if other != "" {
		op := filepath.Join(dir, other)
		if _, statErr := os.Stat(op); statErr == nil {
			if err := os.Rename(op, op+BackupSuffix); err != nil {
				return backup, fmt.Errorf("corpus: move the old %s aside: %w", other, err)
			}
		}
	}
	syncDir(dir)
	return backup, nil
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
	_, err = io.Copy(tmp, src)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
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

// Seed writes the embedded corpus into dir when dir holds no corpus file at
// all (a fresh volume), creating dir if needed, so moderators have files to
// edit. It reports whether it wrote anything; a directory with any corpus
// file is left alone.
func Seed(dir string) (bool, error) {
	for _, name := range []string{ArticleFile, ArticleTextFile, FactsFile} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return false, nil
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return false, fmt.Errorf("corpus: %w", err)
	}
	for _, name := range []string{ArticleFile, FactsFile} {
		data, err := fs.ReadFile(DefaultFS(), name)
		if err != nil {
			return false, err
		}
		if _, err := WriteFile(dir, name, data); err != nil {
			return false, err
		}
	}
	return true, nil
}
