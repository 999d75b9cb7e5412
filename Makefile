# llama-ffm developer entry point. Every target finds a JDK >= 22 by itself.
#   make chat      the example chat program (MODEL=path/to/model.gguf; without it, a demo model)
#   make serve     the OpenAI-compatible server on 127.0.0.1:8080 (MODEL=path/to/model.gguf; without it, the demo model; ARGS="--parallel 8 --api-key KEY", docs/SERVER.md)
#   make jshell    JShell with the API on the class path and native access on
#   make jshell-run SCRIPT=examples/jshell/generate.jsh MODEL=...   run a JShell script
#   make test      build everything (natives cached outside the clone) and run all tests
#   make natives   build llama.cpp from the pinned release (cached) and stage the natives jar
#   make natives-cuda  also the CUDA 13 backend jar, classifier linux-x86_64-cuda (docs/GPU.md; about an hour cold on 2 cores, cached)
#   make gpu-check-bundle  prepare target/gpu-check/ for the GPU check (after make natives-cuda): Java runtime, jars, llama-bench
#   make gpu-check   on a machine with an NVIDIA GPU, with target/gpu-check/ carried there: GPU vs CPU tokens, embeddings, cancellation, speed vs llama-bench
#   make example NAME=ContextsExample [MODEL=...] [ARGS=...]   run an example from examples/ (io.github.llamaffm.examples.NAME)
#   make perplexity MODEL=model.gguf FILE=text.txt [ARGS="-c 512 -b 2048 --chunks N -t N"]   perplexity as llama-perplexity computes it (ARGS="--kl-divergence-base F [--kl-divergence]": KL divergence)
#   make info      show what the natives jar loads on this machine
#   make rpc-server ARGS="--port 50052"   serve a local device to llama.cpp RPC clients (docs/RPC.md; no authentication, 127.0.0.1 by default)
#   make bindings  regenerate bindings/ from llama.cpp's headers (JEXTRACT=/path/to/jextract to use jextract)
#   make javadoc   API docs, warnings are errors
#   make bench     speed against llama.cpp's llama-bench -> target/bench/ (ARGS="--models tiny --reps 3")
#   make bench-server  llama-ffm-server vs llama.cpp's llama-server, streaming chat at 1/4/8 clients -> target/bench/server.* (ARGS="--load": 64 clients, 1000 requests, a third hanging up -> server-load.*)
#   make bench-jmh JMH micro-benchmarks of the binding's own costs -> target/bench/jmh.* (ARGS="--suite chat [--templates all]": chat template rendering -> jmh-chat.*)
#   make fuzz N=20000 SEED=1   hostile model files: N seeded mutations, in child JVMs; lists any file that kills the JVM (TARGET=projector: multimodal projector files)
#   make chat-golden  re-freeze Jinja2's renders of the chat-template corpus (needs python3 with jinja2) -> java-api/src/test/resources/chat-templates/golden/
#   make chat-tool-golden  re-run llama.cpp's own tool-call parser on the cases -> java-api/src/test/resources/chat-tools/golden.json (after make natives)
#   make deps      install what the build needs (scripts/setup-deps; test and every build target run it first)
#   make deploy-check   deploy to target/deploy-repo (release profile: sources, javadoc) and check the published set
SHELL := /bin/bash
.DEFAULT_GOAL := help
SETUP_DEPS := scripts/setup-deps

# A JDK new enough (JAVA_HOME, else the newest under /usr/lib/jvm, /opt, sdkman, macOS's java_home):
# scripts/setup-deps finds it, as it does for its own check.
JDK := $(shell $(SETUP_DEPS) --print-jdk 2>/dev/null)
# None yet: a target that builds runs the setup script now, which installs one where the system's
# packages have one (or prints the commands to run and stops), then looks again.
ifeq ($(strip $(JDK)),)
ifneq ($(filter-out help clean gpu-check,$(or $(MAKECMDGOALS),help)),)
$(info No JDK new enough yet: running $(SETUP_DEPS))
ifneq ($(shell $(SETUP_DEPS) >&2; echo $$?),0)
$(error $(SETUP_DEPS) could not install everything: run what it printed above, then make again)
endif
JDK := $(shell $(SETUP_DEPS) --print-jdk)
endif
endif
ifeq ($(strip $(JDK)),)
ifneq ($(filter-out help gpu-check,$(or $(MAKECMDGOALS),help)),)
$(error $(shell $(SETUP_DEPS) --print-jdk 2>&1 >/dev/null))
endif
endif

export JAVA_HOME := $(JDK)
JDK_MAJOR := $(shell "$(JDK)/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
# Maven's own libraries use sun.misc.Unsafe, which JDK 24+ warns about on every run.
ifeq ($(shell [ "$(JDK_MAJOR)" -ge 24 ] 2>/dev/null && echo y),y)
export MAVEN_OPTS := $(MAVEN_OPTS) --sun-misc-unsafe-memory-access=allow
# JMH (make bench-jmh) uses it too.
UNSAFE_OK := --sun-misc-unsafe-memory-access=allow
endif
MVN := mvn -B -ntp
JAVA := $(JDK)/bin/java
VERSION := 0.1.0-SNAPSHOT

LLAMA_CPP_VERSION := $(shell sed -n 's/^LLAMA_CPP_VERSION=//p' native/llama.cpp.version)
BINDINGS_OUT := bindings/src/main/java/io/github/llamaffm/bindings

CHAT_JAR := examples/target/llama-ffm-chat.jar
# The API, its dependencies and the natives: the jars next to the chat program.
RUNTIME_CP = $(CHAT_JAR):$$(ls examples/target/lib/*.jar | paste -sd:)
JSHELL := $(JDK)/bin/jshell --class-path "$(RUNTIME_CP)" -R--enable-native-access=ALL-UNNAMED \
  --startup DEFAULT --startup examples/jshell/startup.jsh

.PHONY: perplexity serve help deps test natives natives-cuda gpu-check gpu-check-bundle build info javadoc clean bindings chat jshell jshell-run example bench bench-server bench-jmh bench-build fuzz chat-golden chat-tool-golden
help:
	@echo "llama-ffm (JDK: $(or $(JDK),none yet: make deps))"
	@sed -n 's/^#   /  /p' Makefile

# Cheap when everything is there: it only looks.
deps:
	@$(SETUP_DEPS)

test: deps
	$(MVN) verify javadoc:javadoc

# TARGET=model (default): model files (ModelFuzzTest); TARGET=projector: multimodal projector files (ProjectorFuzzTest)
FUZZ_TEST = $(if $(filter projector,$(TARGET)),ProjectorFuzzTest,ModelFuzzTest)
FUZZ_LOG = tests/target/surefire-reports/io.github.llamaffm.tests.$(FUZZ_TEST)-output.txt
fuzz: deps
	@case "$(or $(TARGET),model)" in model|projector) ;; *) echo "TARGET is model or projector, not '$(TARGET)'"; exit 2;; esac
	@echo "progress: tail -f $(FUZZ_LOG)"
	$(MVN) -pl tests -am verify -Dtest=$(FUZZ_TEST) -Dsurefire.failIfNoSpecifiedTests=false \
	  -Dfuzz.count=$(or $(N),1000) -Dfuzz.seed=$(or $(SEED),1); rc=$$?; grep -v '^ABORT_CAUGHT' $(FUZZ_LOG) | tail -20; exit $$rc

natives: deps
	$(MVN) -pl native install

natives-cuda: deps
	@$(SETUP_DEPS) --cuda
	$(MVN) -pl native install -Pcuda

# Needs no JDK and builds nothing: the GPU machine runs what gpu-check-bundle prepared here.
gpu-check:
	@scripts/gpu-check

gpu-check-bundle: bench-build
	@scripts/gpu-check --bundle

build: deps
	$(MVN) -q -DskipTests install

chat: build
	$(JAVA) -jar $(CHAT_JAR) $(if $(MODEL),--model "$(MODEL)") $(ARGS)

# The server and what it needs, built in the reactor; its jar finds its dependencies in server/target/lib.
serve: deps
	$(MVN) -q -pl server -am -DskipTests package
	$(JAVA) -jar server/target/llama-ffm-server.jar $(if $(MODEL),--model "$(MODEL)") $(ARGS)

jshell: build
	$(JSHELL)

jshell-run: build
	$(JSHELL) $(if $(MODEL),-R-Dmodel="$(MODEL)") $(SCRIPT)

example: build
	@[ -n "$(NAME)" ] || { echo "usage: make example NAME=ContextsExample [MODEL=path/to/model.gguf]"; exit 2; }
	$(JAVA) --enable-native-access=ALL-UNNAMED -cp "$(RUNTIME_CP)" \
	  io.github.llamaffm.examples.$(NAME) $(if $(MODEL),"$(MODEL)") $(ARGS)

# The bench module and what it needs, built in the reactor (nothing installed into ~/.m2).
BENCH_CP = bench/target/llama-ffm-bench.jar:$$(ls bench/target/lib/*.jar | paste -sd:)
BENCH_JAVA = $(JAVA) --enable-native-access=ALL-UNNAMED $(UNSAFE_OK) -cp "$(BENCH_CP)"

bench-build: deps
	$(MVN) -q -pl bench -am -DskipTests package

bench: bench-build
	$(BENCH_JAVA) io.github.llamaffm.bench.BenchMain $(ARGS)

# Both servers run alone, one after the other, as child processes on loopback.
bench-server: deps
	$(MVN) -q -pl bench,server -am -DskipTests package
	$(BENCH_JAVA) io.github.llamaffm.bench.server.ServerBench $(ARGS)

bench-jmh: bench-build
	$(BENCH_JAVA) io.github.llamaffm.bench.jmh.JmhMain $(ARGS)

perplexity: build
	@[ -n "$(MODEL)" ] || { echo 'usage: make perplexity MODEL=model.gguf FILE=text.txt [ARGS="-c 512 -b 2048 --chunks N -t N"]'; exit 2; }
	$(JAVA) --enable-native-access=ALL-UNNAMED -cp "$(RUNTIME_CP)" \
	  io.github.llamaffm.examples.eval.PerplexityTool -m "$(MODEL)" $(if $(FILE),-f "$(FILE)") $(ARGS)

info: build
	$(JAVA) --enable-native-access=ALL-UNNAMED -cp "$(RUNTIME_CP)" io.github.llamaffm.examples.SystemInfo

.PHONY: rpc-server
rpc-server: build
	$(JAVA) --enable-native-access=ALL-UNNAMED -cp "$(RUNTIME_CP)" io.github.llamaffm.examples.rpc.RpcServerMain $(ARGS)

javadoc: deps
	$(MVN) -q -DskipTests install javadoc:javadoc

clean:
	$(MVN) -q clean

bindings: deps
ifdef JEXTRACT
	src=$$(native/fetch-source.sh) && rm -f $(BINDINGS_OUT)/*.java && \
	  "$(JEXTRACT)" --output bindings/src/main/java -t io.github.llamaffm.bindings --header-class-name llama_h \
	    -I "$$src/include" -I "$$src/ggml/include" -I "$$src/tools/mtmd" @bindings/includes.txt bindings/llama-ffm.h
else
	$(MVN) -q -f bindings/generator/pom.xml -DskipTests compile
	src=$$(native/fetch-source.sh) && $(JAVA) --enable-native-access=ALL-UNNAMED \
	  -cp bindings/generator/target/classes io.github.llamaffm.bindgen.Main --source "$$src" \
	  --filter bindings/includes.txt --output $(BINDINGS_OUT) --version $(LLAMA_CPP_VERSION)
endif

# The differential corpus of the chat templates: every llama.cpp template under every scenario,
# and every compat case, rendered by real Jinja2 as transformers sets it up; the test compares
# the Java renderer with these files in every build.
CHAT_RES := java-api/src/test/resources/chat-templates
chat-golden:
	src=$$(native/fetch-source.sh) && python3 $(CHAT_RES)/jinja2/hf_render.py --golden $(CHAT_RES)/golden \
	  "$$src/models/templates" $(CHAT_RES)/jinja2/scenarios.json $(CHAT_RES)/compat-cases.json

# llama.cpp's own tool-call parser (libllama-common of the cached build) over the cases of
# java-api/src/test/resources/chat-tools/cases.json -> golden.json (ToolCallParserTest compares with it).
chat-tool-golden:
	scripts/chat-tool-oracle/run.sh

.PHONY: deploy-check
deploy-check: deps
	MVN="$(MVN)" .ci/deploy-check $(ARGS)
