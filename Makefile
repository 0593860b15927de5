# LabourMonitor: `make run` checks the bundled library, builds its 2021 edition into Reports/2021/
# (Final Document in Markdown, HTML, Word and PDF, indicator workbook, changes since 2019), the site
# of every edition into Reports/site/ and the data package for analysts into Reports/data/;
# `make test` runs the tests.
# Both first install what a fresh Debian machine lacks (`deps`: libxlsxwriter, libyaml, LibreOffice Writer,
# pdftotext and fonts through apt-get, with sudo when not root).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: run test build deps clean reports templates install uninstall screenshot site-screenshot pdf-picture workbook-pdf validate-exports fuzz benchmark

# Where `make install` puts the command: $(PREFIX)/bin/labour-monitor.
PREFIX ?= /usr/local

run: deps
	$(SWIFT) build --product labour-monitor
	$$($(SWIFT) build --show-bin-path)/labour-monitor check --data Indicators
	$$($(SWIFT) build --show-bin-path)/labour-monitor build 2021
	$$($(SWIFT) build --show-bin-path)/labour-monitor site
	$$($(SWIFT) build --show-bin-path)/labour-monitor export --format csv

# Regenerates the committed Reports/2021/ after a change to the data or the templates (a test fails
# while they are stale).
reports: templates run

# The templates and strings files built into the binary (Sources/FinalDocument/Internal/BuiltInTemplates.swift,
# Sources/IndicatorLibrary/Wording/BuiltInWording.swift), made again from Templates/ after an edit there (a test fails while they differ).
templates:
	python3 Scripts/generate-builtin-templates.py > Sources/FinalDocument/Internal/BuiltInTemplates.swift
	python3 Scripts/generate-builtin-wording.py > Sources/IndicatorLibrary/Wording/BuiltInWording.swift
	python3 Scripts/generate-builtin-reference.py > Sources/FinalDocument/Internal/BuiltInReference.swift

# The release binary, with the Swift runtime linked in, as $(PREFIX)/bin/labour-monitor (DESTDIR for
# packaging); it needs only libxlsxwriter and libyaml, which `deps` installs. With sudo when PREFIX is not yours.
install: deps
	$(SWIFT) build -c release --product labour-monitor --static-swift-stdlib
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 "$$($(SWIFT) build -c release --show-bin-path)/labour-monitor" $(DESTDIR)$(PREFIX)/bin/labour-monitor

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/labour-monitor

# The README's picture of the HTML document, taken in headless Chromium (apt-get install chromium).
screenshot: run
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1300 \
		--screenshot=$(CURDIR)/docs/final-document-2021.png file://$(CURDIR)/Reports/2021/final-document.html

# The README's picture of the site: Kazakhstan's page in headless Chromium (apt-get install chromium).
site-screenshot: run
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1400 \
		--screenshot=$(CURDIR)/docs/site-kz.png file://$(CURDIR)/Reports/site/countries/KZ.html

# The README's picture of the PDF's first page (pdftoppm, from poppler-utils, which `deps` installs).
pdf-picture: run
	pdftoppm -png -r 70 -f 1 -l 1 -singlefile $(CURDIR)/Reports/2021/final-document.pdf $(CURDIR)/docs/final-document-2021-pdf

# The hand check of the workbook: LibreOffice opens it and prints every sheet to PDF, as
# WorkbookPrintingTests does (the PDF is not committed).
workbook-pdf: run
	soffice --headless --convert-to pdf --outdir $(CURDIR)/.build/workbook-pdf $(CURDIR)/Reports/2021/indicators-2021.xlsx

# The hand check of the exports with the partners' and analysts' own tools (from PyPI, into a virtual
# environment under .build/): the data package through frictionless' validator and Python's csv
# module, the exchange file of 2021 against docs/exchange.schema.json.
validate-exports: run
	python3 -m venv $(CURDIR)/.build/validate-exports
	$(CURDIR)/.build/validate-exports/bin/pip install --quiet frictionless==5.21.0 jsonschema==4.26.0
	$(CURDIR)/.build/validate-exports/bin/frictionless validate $(CURDIR)/Reports/data/datapackage.json
	$(CURDIR)/.build/validate-exports/bin/python -c 'import csv, glob; [print(f, sum(1 for _ in csv.DictReader(open(f, newline="", encoding="utf-8")))) for f in sorted(glob.glob("$(CURDIR)/Reports/data/*.csv"))]'
	$$($(SWIFT) build --show-bin-path)/labour-monitor export 2021 --format json --out $(CURDIR)/.build/validate-exports/exchange
	$(CURDIR)/.build/validate-exports/bin/python -c 'import json, jsonschema; jsonschema.validate(json.load(open("$(CURDIR)/.build/validate-exports/exchange/exchange-2021.json")), json.load(open("$(CURDIR)/docs/exchange.schema.json")), cls=jsonschema.Draft202012Validator); print("exchange-2021.json: valid")'

# The fuzz target of the loader and checker (Fuzz/), under libFuzzer and AddressSanitizer, for
# FUZZ_SECONDS (default 10 minutes). Inputs that crash land in Fuzz/.build/artifacts/; once fixed, keep
# them in Fuzz/Regressions/ (replayed at every run) and as a test.
FUZZ_SECONDS ?= 600
# --disable-build-manifest-caching: a cached build plan of this package misses source files added to
# the main package since (seen twice: "cannot find 'FoldingTable' in scope").
FUZZ_FLAGS := --disable-build-manifest-caching -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address \
	-Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
fuzz: deps
	cd Fuzz && $(SWIFT) build -c release $(FUZZ_FLAGS)
	Fuzz/seed-corpus Fuzz/.build/corpus
	mkdir -p Fuzz/.build/artifacts
	ASAN_OPTIONS=detect_leaks=0 Fuzz/.build/release/LibraryFuzzer Fuzz/.build/corpus Fuzz/Regressions -dict=Fuzz/fuzz.dict \
		-max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
		-artifact_prefix=Fuzz/.build/artifacts/ -detect_leaks=0 -print_final_stats=1

# The benchmark suite (Benchmarks/, on ordo-one/benchmark): load + check (beside a bare C program running
# libyaml's event parser over the same files), report, workbook (beside a bare C program making every
# libxlsxwriter call the tool makes, recorded from the release command built here, and one writing the
# cells alone) and diff, on sample libraries of 1k and 100k findings;
# LM_BENCH_SIZES=1k,100k,1m adds the million. Results: docs/benchmarks.md.
LM_BENCH_SIZES ?= 1k,100k
benchmark: deps
	$(SWIFT) build -c release --product labour-monitor
	cd Benchmarks && LM_BENCH_SIZES=$(LM_BENCH_SIZES) $(SWIFT) package benchmark --no-progress

test: deps
	$(SWIFT) test

build: deps
	$(SWIFT) build

# The system packages: libxlsxwriter and libyaml (linked in), LibreOffice Writer (the PDF engine: it lays
# out the .docx) and Calc (the tests print the workbook with it, as a reader would), poppler's pdftotext
# (reads the PDFs back for the output scan) and fonts with Cyrillic (Liberation, metric-compatible with the
# Times New Roman of Templates/reference.docx).
DEB_PACKAGES := libxlsxwriter-dev libyaml-dev pkg-config libreoffice-writer-nogui libreoffice-calc-nogui \
	poppler-utils fonts-liberation2
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists xlsxwriter yaml-0.1 \
		|| ! command -v soffice >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1 \
		|| ! dpkg -s libreoffice-calc-nogui >/dev/null 2>&1 \
		|| ! fc-list 2>/dev/null | grep -q "Liberation Serif"; then \
		echo "Installing $(DEB_PACKAGES) with apt-get..."; \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $(DEB_PACKAGES); \
	fi

clean:
	rm -rf .build
