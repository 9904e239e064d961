# Builds DICEL Desktop's Windows installer from a checkout:
#
#     powershell -ExecutionPolicy Bypass -File build\windows\build.ps1
#       ->  dist\dicel-desktop-VERSION-windows-x64-setup.exe
#
# Needs, on the Windows build machine: Python 3.11 or newer (python.org, 64-bit, "py"
# launcher or python.exe on PATH) and Inno Setup 6.3 or newer. It makes its own virtualenv
# (build\_work\venv-windows) with the project and its `embedded` (PostgreSQL server for
# demo mode) and `bundle` (PyInstaller) extras, compiles the translations, runs
# PyInstaller (installer.spec), then Inno Setup (dicel-desktop.iss). build\README.md says more.
[CmdletBinding()]
param(
    # The Python that creates the virtualenv, e.g. "py -3.12" or "C:\Program Files\Python312\python.exe".
    [string]$Python = "py -3",
    # Inno Setup's command-line compiler.
    [string]$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$started = Get-Date
Set-Location (Resolve-Path (Join-Path $PSScriptRoot "..\.."))

# A native program's failure does not stop PowerShell by itself: check every exit code.
# Inside, "Continue": with its output redirected (a CI agent, > log 2>&1), Windows
# PowerShell 5.1 turns a native program's first line on stderr (a pip or PyInstaller
# warning) into a terminating error under "Stop" (PowerShell/PowerShell#14273).
function Invoke-Checked([string]$What, [scriptblock]$Command) {
    $ErrorActionPreference = "Continue"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

if (-not (Test-Path $Iscc)) {
    throw "Inno Setup's compiler is not at ${Iscc}: install Inno Setup 6.3+ or pass -Iscc PATH"
}

$venv = "build\_work\venv-windows"
$py = "$venv\Scripts\python.exe"
New-Item -ItemType Directory -Force build\_work, dist | Out-Null
if (-not (Test-Path $py)) {
    # A path to python.exe, spaces and all ("C:\Program Files\Python312\python.exe"), or
    # a launcher with its arguments ("py -3.12").
    if (Test-Path -LiteralPath $Python -PathType Leaf) {
        $exe, $launcherArgs = $Python, @()
    } else {
        $exe, $launcherArgs = $Python -split " "
    }
    Invoke-Checked "Creating the virtualenv" { & $exe @launcherArgs -m venv $venv }
}
Invoke-Checked "Updating pip" { & $py -m pip install -q --upgrade pip }
Invoke-Checked "Installing the project" { & $py -m pip install -q ".[embedded,bundle]" }
$version = (& $py -c "import dicel_desktop; print(dicel_desktop.__version__)").Trim()
Write-Host "--- building DICEL Desktop $version for windows-x64"

# The icons are committed; render them when a checkout lacks them.
if (-not (Test-Path resources\icons\dicel-desktop.ico)) {
    $env:QT_QPA_PLATFORM = "offscreen"
    Invoke-Checked "Rendering the icons" { & $py build\make_icons.py }
}

# Translations: the .ts sources are committed, the .qm files the program loads are built.
foreach ($ts in @(Get-ChildItem resources\translations\*.ts, dicel_desktop\i18n\*.ts -ErrorAction SilentlyContinue)) {
    $qm = [System.IO.Path]::ChangeExtension($ts.FullName, ".qm")
    Invoke-Checked "lrelease $($ts.Name)" { & "$venv\Scripts\pyside6-lrelease.exe" -silent $ts.FullName -qm $qm }
}

$folder = "dist\dicel-desktop-$version"
if (Test-Path $folder) { Remove-Item -Recurse -Force $folder }
# PyInstaller's work folder too: kept, a rebuild took modules compiled by the last one.
if (Test-Path "build\_work\installer") { Remove-Item -Recurse -Force "build\_work\installer" }
Invoke-Checked "PyInstaller" {
    & "$venv\Scripts\pyinstaller.exe" --noconfirm --log-level WARN --workpath build\_work --distpath dist installer.spec
}
Invoke-Checked "Inno Setup" {
    & $Iscc /Qp "/DAppVersion=$version" "/DSourceDir=$((Resolve-Path $folder).Path)" build\windows\dicel-desktop.iss
}

$setup = Get-Item "dist\dicel-desktop-$version-windows-x64-setup.exe"
$minutes = [math]::Round(((Get-Date) - $started).TotalMinutes, 1)
Write-Host ("--- {0}: {1:N0} MB, built in {2} min" -f $setup.FullName, ($setup.Length / 1MB), $minutes)
