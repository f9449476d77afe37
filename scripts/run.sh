#!/usr/bin/env bash
# Sets up, builds and starts the Kartoitus window on the default register.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset default
cmake --build --preset default --target kartoitus
exec build/app/gui/kartoitus "$@"
