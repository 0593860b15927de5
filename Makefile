# LabourMonitor: `make run` checks the bundled library and prints its summary; `make test` runs the tests.
# Both first install what a fresh Debian machine lacks (libxlsxwriter through apt-get, with sudo when not root).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: run test build deps clean

run: deps
	$(SWIFT) build --product labour-monitor
	$$($(SWIFT) build --show-bin-path)/labour-monitor check --data Indicators

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
