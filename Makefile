# LabourMonitor: `make run` checks the bundled library and builds its 2021 edition into Reports/2021/
# (Final Document, indicator workbook, changes since 2019);
# `make test` runs the tests.
# Both first install what a fresh Debian machine lacks (libxlsxwriter through apt-get, with sudo when not root).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: run test build deps clean reports screenshot workbook-pdf

run: deps
	$(SWIFT) build --product labour-monitor
	$$($(SWIFT) build --show-bin-path)/labour-monitor check --data Indicators
	$$($(SWIFT) build --show-bin-path)/labour-monitor build 2021

# Regenerates the committed Reports/2021/ after a change to the data or the templates (a test fails
# while they are stale).
reports: run

# The README's picture of the HTML document, taken in headless Chromium (apt-get install chromium).
screenshot: run
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1300 \
		--screenshot=$(CURDIR)/docs/final-document-2021.png file://$(CURDIR)/Reports/2021/final-document.html

# The hand check of the workbook: LibreOffice opens it and prints every sheet to PDF
# (apt-get install libreoffice-calc-nogui; the PDF is not committed).
workbook-pdf: run
	soffice --headless --convert-to pdf --outdir $(CURDIR)/.build/workbook-pdf $(CURDIR)/Reports/2021/indicators-2021.xlsx

test: deps
	$(SWIFT) test

build: deps
	$(SWIFT) build

deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists xlsxwriter; then \
		echo "Installing libxlsxwriter-dev and pkg-config with apt-get..."; \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends libxlsxwriter-dev pkg-config; \
	fi

clean:
	rm -rf .build
