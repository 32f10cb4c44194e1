#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs: offscreen rendering, a font, and a real X11
# window (xcb). Installs with apt-get when running as root or with password-less sudo;
# otherwise prints the exact command to run.
set -euo pipefail

packages=(
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0
    libglib2.0-0 xvfb xauth
)

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-deps: not a Debian/Ubuntu system; install Qt 6's xcb libraries yourself." >&2
    exit 0
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

command=(apt-get install -y --no-install-recommends "${missing[@]}")
if [[ $(id -u) -eq 0 ]]; then
    prefix=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    prefix=(sudo)
else
    echo "system-deps: Qt needs these system packages. Please run:" >&2
    echo "    sudo apt-get update && sudo ${command[*]}" >&2
    exit 1
fi
echo "system-deps: installing ${missing[*]}"
DEBIAN_FRONTEND=noninteractive "${prefix[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${prefix[@]}" "${command[@]}" -qq
