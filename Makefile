# govtext — set-up and everyday commands. Needs only python3 (>=3.10) on the PATH.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-dev
RSTAMP := $(VENV)/.installed
BSTAMP := $(VENV)/.installed-bench

.PHONY: run test eval meta-real bench fuzz docs clean

$(RSTAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $(RSTAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $(STAMP) $(RSTAMP)

## make run: install, convert corpus/ to out/facts.jsonl, print a per-kind summary
run: $(RSTAMP)
	$(BIN)/govtext convert corpus --output out/facts.jsonl --errors out/errors.jsonl --summary

## make test: install with [dev] and run the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest

## make eval: score extraction against corpus/gold (same figures as ../shared/eval/score.py)
eval: $(RSTAMP)
	$(BIN)/govtext eval --corpus corpus --gold corpus/gold

## make meta-real: metadata on every real document of ../shared/realcorpus, scored as ../shared/eval/meta_score.py does
meta-real: $(RSTAMP)
	$(BIN)/python scripts/meta_real.py

$(BSTAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e ".[dev,bench]"
	touch $(BSTAMP)

## make bench: govtext, jieba and JioNLP on a sample of ../shared/realcorpus (benchmarks/bench.py)
bench: $(BSTAMP)
	$(BIN)/python benchmarks/bench.py
	$(BIN)/python benchmarks/bench_links.py

fuzz: $(STAMP)
	$(BIN)/python tests/fuzz.py

docs: $(STAMP)
	$(BIN)/mkdocs build --strict

clean:
	rm -rf $(VENV) out build dist site .pytest_cache .hypothesis
