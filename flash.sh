#!/usr/bin/env bash
# Flash the .NET nanoFramework firmware for a ReRamNav dev kit and deploy the application built by
# Visual Studio (docs/flashing.md). Linux and macOS; flash.cmd is the Windows twin.
#
#   ./flash.sh BOARD PORT [--firmware-only | --deploy-only] [--configuration Release|Debug] [--dry-run]
#
# The BOARD -> nanoff target table below must match board-configs/Kits/*.cs
# (test/ReRamNav.Tests/BoardConfigs/FlashScriptTests.cs checks it).
set -euo pipefail

usage() {
    cat >&2 <<'USAGE'
usage: ./flash.sh BOARD PORT [--firmware-only | --deploy-only] [--configuration Release|Debug] [--dry-run]

  BOARD   esp32-devkitc | esp32-wrover-kit | esp32-s3-devkitc | nucleo-f746zg | stm32f769i-disco | mock-bench
  PORT    the kit's nanoFramework debug/deploy serial port, e.g. /dev/ttyUSB0 (nanoff --listports)
  --firmware-only      flash the nanoFramework firmware, do not deploy the application
  --deploy-only        deploy the application to a kit that already runs nanoFramework
  --configuration C    which Visual Studio build to deploy: Release (default) or Debug
  --dry-run            print the nanoff commands instead of running them
USAGE
}

fail() {
    echo "flash.sh: error: $1" >&2
    [ "${2:-}" = "usage" ] && usage
    exit 2
}

# BOARD -> "target platform"
board_target() {
    case "$1" in
        esp32-devkitc)    echo "ESP32_REV0 esp32" ;;
        esp32-wrover-kit) echo "ESP32_PSRAM_REV0 esp32" ;;
        esp32-s3-devkitc) echo "ESP32_S3_OCTAL esp32" ;;
        nucleo-f746zg)    echo "ST_NUCLEO144_F746ZG stm32" ;;
        stm32f769i-disco) echo "ST_STM32F769I_DISCOVERY stm32" ;;
        mock-bench)       echo "ESP32_REV0 esp32" ;;
        *) return 1 ;;
    esac
}

board=""
port=""
mode="all"
configuration="Release"
dry_run=0
while [ $# -gt 0 ]; do
    case "$1" in
        -h|--help) usage; exit 0 ;;
        --firmware-only) [ "$mode" = "all" ] || fail "use only one of --firmware-only and --deploy-only" usage; mode="firmware" ;;
        --deploy-only)   [ "$mode" = "all" ] || fail "use only one of --firmware-only and --deploy-only" usage; mode="deploy" ;;
        --dry-run) dry_run=1 ;;
        --configuration)
            [ $# -ge 2 ] || fail "--configuration needs a value: Release or Debug" usage
            configuration="$2"; shift ;;
        -*) fail "unknown option '$1'" usage ;;
        *)
            if [ -z "$board" ]; then board="$1"
            elif [ -z "$port" ]; then port="$1"
            else fail "unexpected argument '$1'" usage
            fi ;;
    esac
    shift
done

[ -n "$board" ] || fail "no BOARD given" usage
target_and_platform="$(board_target "$board")" || fail "unknown board '$board'; expected one of: esp32-devkitc, esp32-wrover-kit, esp32-s3-devkitc, nucleo-f746zg, stm32f769i-disco, mock-bench"
[ -n "$port" ] || fail "no PORT given (the kit's serial port, e.g. /dev/ttyUSB0; 'nanoff --listports' lists them)" usage
case "$configuration" in
    Release|Debug) ;;
    *) fail "--configuration '$configuration'; expected Release or Debug" ;;
esac
target="${target_and_platform% *}"
platform="${target_and_platform#* }"

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
image="$script_dir/firmware/bin/$configuration/ReRamNav.Firmware.bin"

run() {
    if [ "$dry_run" -eq 1 ]; then
        echo "$*"
    else
        echo "> $*" >&2
        "$@"
    fi
}

# 0. Before touching the kit: the application must have been built (flashing the firmware alone
#    would leave the kit without the application).
if [ "$mode" != "firmware" ] && [ ! -f "$image" ]; then
    if [ "$dry_run" -eq 1 ]; then
        echo "# note: $image does not exist yet: build nfproj.sln ($configuration) in Visual Studio first" >&2
    else
        fail "$image not found: build nfproj.sln ($configuration) in Visual Studio first (docs/flashing.md)"
    fi
fi

# 1. nanoff, installed as a global dotnet tool when missing.
nanoff_cmd="nanoff"
if ! command -v nanoff >/dev/null 2>&1; then
    if [ -x "$HOME/.dotnet/tools/nanoff" ]; then
        nanoff_cmd="$HOME/.dotnet/tools/nanoff"
    else
        command -v dotnet >/dev/null 2>&1 || [ "$dry_run" -eq 1 ] \
            || fail "nanoff is not installed and dotnet is not on PATH; install the .NET SDK (8 or later) first"
        run dotnet tool install -g nanoff
        nanoff_cmd="$HOME/.dotnet/tools/nanoff"
    fi
fi

# 2. The nanoFramework firmware for the board's target.
if [ "$mode" != "deploy" ]; then
    if [ "$platform" = "esp32" ]; then
        # ESP32-S3 kits may need download mode: hold BOOT, tap RESET, release BOOT.
        run "$nanoff_cmd" --update --target "$target" --serialport "$port"
    else
        # STM32 kits are flashed through the ST-LINK; PORT is used for the deployment below.
        run "$nanoff_cmd" --update --target "$target" --jtag
    fi
fi

# 3. The application: the .bin Visual Studio built (the .pe files of the firmware and its libraries).
if [ "$mode" != "firmware" ]; then
    run "$nanoff_cmd" --nanodevice --deploy --serialport "$port" --image "$image"
fi
