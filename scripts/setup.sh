#!/usr/bin/env bash
# Installs the Debian packages Kartoitus needs to build, test and package.
# Idempotent: when every package is already installed it only checks and exits.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # The survey results' bar charts (Qt Charts needs Qt's OpenGL headers to build against).
    qt6-charts-dev libqt6opengl6-dev
    libsqlite3-dev sqlite3 libxlsxwriter-dev libzip-dev libfreexl-dev
    # Qt's own Finnish strings (dialog buttons); tst_cli checks that a Finnish locale loads them.
    qt6-translations-l10n
    xvfb xauth poppler-utils fonts-dejavu-core unzip
    desktop-file-utils appstream clang-format
    # Tests only: exports are opened in LibreOffice to prove a spreadsheet reads them.
    libreoffice-calc-nogui
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
