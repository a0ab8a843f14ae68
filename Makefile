# The targets the README tells people to type.
EVAL_DIR ?= ../shared/eval
MVN ?= mvn -B

.PHONY: run test db build bench-ingest eval clean

## Run the service on http://localhost:8080 with samples/ loaded (sets up PostgreSQL + pgvector first).
run:
	scripts/run.sh

## Run every test against a real PostgreSQL + pgvector (sets it up first).
test: db
	$(MVN) verify

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
