@echo off
rem Flash the .NET nanoFramework firmware for a ReRamNav dev kit and deploy the application built by
rem Visual Studio (docs\flashing.md). Windows; flash.sh is the Linux/macOS twin.
rem
rem   flash.cmd BOARD PORT [--firmware-only ^| --deploy-only] [--configuration Release^|Debug] [--dry-run]
rem
rem The BOARD -> nanoff target table below must match board-configs\Kits\*.cs and flash.sh.
setlocal EnableExtensions EnableDelayedExpansion

set "BOARD="
set "PORT="
set "MODE=all"
set "CONFIGURATION=Release"
set "DRYRUN=0"

:parse
if "%~1"=="" goto parsed
if /i "%~1"=="-h" goto help
if /i "%~1"=="--help" goto help
if /i "%~1"=="--dry-run" (set "DRYRUN=1" & shift & goto parse)
if /i "%~1"=="--firmware-only" (
    if not "!MODE!"=="all" (call :fail "use only one of --firmware-only and --deploy-only" usage & exit /b 2)
    set "MODE=firmware" & shift & goto parse
)
if /i "%~1"=="--deploy-only" (
    if not "!MODE!"=="all" (call :fail "use only one of --firmware-only and --deploy-only" usage & exit /b 2)
    set "MODE=deploy" & shift & goto parse
)
if /i "%~1"=="--configuration" (
    if "%~2"=="" (call :fail "--configuration needs a value: Release or Debug" usage & exit /b 2)
    set "CONFIGURATION=%~2" & shift & shift & goto parse
)
set "ARG=%~1"
if "!ARG:~0,1!"=="-" (call :fail "unknown option '%~1'" usage & exit /b 2)
if not defined BOARD (set "BOARD=%~1" & shift & goto parse)
if not defined PORT (set "PORT=%~1" & shift & goto parse)
call :fail "unexpected argument '%~1'" usage & exit /b 2

:parsed
if not defined BOARD (call :fail "no BOARD given" usage & exit /b 2)

set "TARGET="
set "PLATFORM="
if /i "%BOARD%"=="esp32-devkitc"    (set "TARGET=ESP32_REV0" & set "PLATFORM=esp32")
if /i "%BOARD%"=="esp32-wrover-kit" (set "TARGET=ESP32_PSRAM_REV0" & set "PLATFORM=esp32")
if /i "%BOARD%"=="esp32-s3-devkitc" (set "TARGET=ESP32_S3_OCTAL" & set "PLATFORM=esp32")
if /i "%BOARD%"=="nucleo-f746zg"    (set "TARGET=ST_NUCLEO144_F746ZG" & set "PLATFORM=stm32")
if /i "%BOARD%"=="stm32f769i-disco" (set "TARGET=ST_STM32F769I_DISCOVERY" & set "PLATFORM=stm32")
if /i "%BOARD%"=="mock-bench"       (set "TARGET=ESP32_REV0" & set "PLATFORM=esp32")
if not defined TARGET (call :fail "unknown board '%BOARD%'; expected one of: esp32-devkitc, esp32-wrover-kit, esp32-s3-devkitc, nucleo-f746zg, stm32f769i-disco, mock-bench" & exit /b 2)
if not defined PORT (call :fail "no PORT given (the kit's serial port, e.g. COM5; 'nanoff --listports' lists them)" usage & exit /b 2)
if /i not "%CONFIGURATION%"=="Release" if /i not "%CONFIGURATION%"=="Debug" (call :fail "--configuration '%CONFIGURATION%'; expected Release or Debug" & exit /b 2)

set "IMAGE=%~dp0firmware\bin\%CONFIGURATION%\ReRamNav.Firmware.bin"

rem 0. Before touching the kit: the application must have been built.
if not "%MODE%"=="firmware" if not exist "%IMAGE%" (
    if "%DRYRUN%"=="1" (
        echo # note: %IMAGE% does not exist yet: build nfproj.sln ^(%CONFIGURATION%^) in Visual Studio first 1>&2
    ) else (
        call :fail "%IMAGE% not found: build nfproj.sln (%CONFIGURATION%) in Visual Studio first (docs\flashing.md)"
        exit /b 2
    )
)

rem 1. nanoff, installed as a global dotnet tool when missing.
set "NANOFF=nanoff"
where nanoff >nul 2>nul
if errorlevel 1 (
    if exist "%USERPROFILE%\.dotnet\tools\nanoff.exe" (
        set "NANOFF=%USERPROFILE%\.dotnet\tools\nanoff.exe"
    ) else (
        if "%DRYRUN%"=="0" (
            where dotnet >nul 2>nul
            if errorlevel 1 (call :fail "nanoff is not installed and dotnet is not on PATH; install the .NET SDK (8 or later) first" & exit /b 2)
        )
        call :run dotnet tool install -g nanoff || exit /b 1
        set "NANOFF=%USERPROFILE%\.dotnet\tools\nanoff.exe"
    )
)

rem 2. The nanoFramework firmware for the board's target.
if not "%MODE%"=="deploy" (
    if "%PLATFORM%"=="esp32" (
        rem ESP32-S3 kits may need download mode: hold BOOT, tap RESET, release BOOT.
        call :run "!NANOFF!" --update --target %TARGET% --serialport %PORT% || exit /b 1
    ) else (
        rem STM32 kits are flashed through the ST-LINK; PORT is used for the deployment below.
        call :run "!NANOFF!" --update --target %TARGET% --jtag || exit /b 1
    )
)

rem 3. The application: the .bin Visual Studio built (the .pe files of the firmware and its libraries).
if not "%MODE%"=="firmware" (
    call :run "!NANOFF!" --nanodevice --deploy --serialport %PORT% --image "%IMAGE%" || exit /b 1
)
exit /b 0

:run
if "%DRYRUN%"=="1" (
    echo %*
    exit /b 0
)
echo ^> %* 1>&2
%*
exit /b %errorlevel%

:fail
echo flash.cmd: error: %~1 1>&2
if "%~2"=="usage" call :usage
exit /b 2

:help
call :usage
exit /b 0

:usage
echo usage: flash.cmd BOARD PORT [--firmware-only ^| --deploy-only] [--configuration Release^|Debug] [--dry-run] 1>&2
echo. 1>&2
echo   BOARD   esp32-devkitc ^| esp32-wrover-kit ^| esp32-s3-devkitc ^| nucleo-f746zg ^| stm32f769i-disco ^| mock-bench 1>&2
echo   PORT    the kit's nanoFramework debug/deploy serial port, e.g. COM5 (nanoff --listports) 1>&2
echo   --firmware-only      flash the nanoFramework firmware, do not deploy the application 1>&2
echo   --deploy-only        deploy the application to a kit that already runs nanoFramework 1>&2
echo   --configuration C    which Visual Studio build to deploy: Release (default) or Debug 1>&2
echo   --dry-run            print the nanoff commands instead of running them 1>&2
exit /b 0
