# The targets the README and docs/ tell people to type.
EVAL_DIR ?= ../shared/eval
MVN ?= mvn -B
LOAD_CONCURRENCY ?= 32
LOAD_SECONDS ?= 60
LOAD_WARMUP ?= 5
SOAK_CONCURRENCY ?= 8
SOAK_SECONDS ?= 600
SOAK_WARMUP ?= 20
# make eval-scale: the archive to load (empty SCALE_LIMIT: all of it), the kept database and the service's port.
CORPUS ?= ../shared/corpus/articles.jsonl.gz
SCALE_LIMIT ?=
SCALE_DB ?= newsdesk_scale
SCALE_PORT ?= 8094
SCALE_LATENCY_SECONDS ?= 30
# Inside scripts/with-service.sh: loads $(EVAL_DIR)/articles.jsonl into the fresh database through the API.
LOAD_ARTICLES = scripts/tool.sh IngestBenchmark "$$BASE" "$(abspath $(EVAL_DIR))/articles.jsonl" "$$SERVICE_PID"
QUESTIONS = "$(abspath $(EVAL_DIR))/questions.jsonl"
# make eval-followups: the two-turn exchanges written from the development set's articles.
FOLLOWUPS = src/test/resources/followups/exchanges.jsonl

.PHONY: run test db browser build bench-ingest bench-ask eval eval-followups eval-scale load soak clean

## Run the service on http://localhost:8080 with samples/ loaded (sets up PostgreSQL + pgvector first).
run:
	scripts/run.sh

## Run every test against a real PostgreSQL + pgvector (sets it up first).
test: db browser
	$(MVN) verify

## Install Debian's Chromium for the widget's browser tests when it is missing.
browser:
	scripts/browser-setup.sh

## Install/start PostgreSQL + pgvector and create the role and databases (idempotent).
db:
	scripts/db-setup.sh newsdesk_bench newsdesk_eval

build:
	$(MVN) -DskipTests package

## Ingestion benchmark: ingests $(EVAL_DIR)/articles.jsonl into an empty database, prints articles/s, sentences/s, peak RSS.
bench-ingest: db build
	scripts/bench-ingest.sh $(EVAL_DIR)/articles.jsonl

clean:
	$(MVN) clean

## Evaluation: ingests $(EVAL_DIR)/articles.jsonl into a fresh database, asks every question, writes target/eval/report.{json,md}.
eval: db build
	scripts/with-service.sh newsdesk_eval 8091 bash -c 'scripts/tool.sh Evaluation "$$BASE" "$(abspath $(EVAL_DIR))" target/eval'

## Follow-ups: ingests $(EVAL_DIR)/articles.jsonl into a fresh database (newsdesk_eval_fu, port 8097), asks each two-turn
## exchange of $(FOLLOWUPS) in a conversation, writes target/followup/report.{json,md}: rewrite right and first citation
## right, overall and by kind.
eval-followups: build
	scripts/with-service.sh newsdesk_eval_fu 8097 bash -c 'scripts/tool.sh FollowUpEvaluation "$$BASE" "$(abspath $(EVAL_DIR))" $(FOLLOWUPS) target/followup'

## Evaluation at scale: loads $(CORPUS) (SCALE_LIMIT articles; all when empty) without the development set's own
## articles, then $(EVAL_DIR), into $(SCALE_DB) (kept: a rerun reuses the loaded corpus), asks every question as make eval
## does, writes target/eval-scale/report.{json,md} with archive size, ingest rate beside the model's raw rate, peak RSS,
## storage per sentence, and latency (answer cache off, SCALE_LATENCY_SECONDS a run).
eval-scale: db build
	CORPUS="$(CORPUS)" EVAL_DIR="$(EVAL_DIR)" SCALE_LIMIT="$(SCALE_LIMIT)" SCALE_DB="$(SCALE_DB)" SCALE_PORT="$(SCALE_PORT)" \
	  SCALE_LATENCY_SECONDS="$(SCALE_LATENCY_SECONDS)" scripts/eval-scale.sh

## Question benchmark: loads $(EVAL_DIR) into a fresh database, then asks its questions at concurrency 1, 8 and 32 (20 s each),
## with the answer cache off so that every question runs the whole pipeline.
bench-ask: db build
	JAVA_OPTS="$${JAVA_OPTS:-} -Dnewsdesk.answer.cache.size=0" scripts/with-service.sh newsdesk_bench 8092 bash -c 'scripts/tool.sh IngestBenchmark "$$BASE" "$(abspath $(EVAL_DIR))/articles.jsonl" "$$SERVICE_PID" && scripts/tool.sh AskBenchmark "$$BASE" "$(abspath $(EVAL_DIR))/questions.jsonl" 20 1 8 32'

## Load: loads $(EVAL_DIR) into a fresh database, then asks its questions from LOAD_CONCURRENCY clients for LOAD_SECONDS after LOAD_WARMUP s; prints q/s, p50/p95/p99/max, errors.
load: db build
	scripts/with-service.sh newsdesk_bench 8092 bash -c '$(LOAD_ARTICLES) && scripts/tool.sh AskLoad "$$BASE" $(QUESTIONS) $(LOAD_CONCURRENCY) $(LOAD_SECONDS) $(LOAD_WARMUP)'

## Soak: the same set-up, then SOAK_SECONDS of questions from SOAK_CONCURRENCY clients; PASS when the heap after a full GC grew by at most 10%.
soak: db build
	scripts/with-service.sh newsdesk_bench 8092 bash -c '$(LOAD_ARTICLES) && scripts/tool.sh AskSoak "$$BASE" $(QUESTIONS) "$$SERVICE_PID" $(SOAK_CONCURRENCY) $(SOAK_SECONDS) $(SOAK_WARMUP)'
