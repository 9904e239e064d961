; DICEL Desktop's Windows installer (Inno Setup 6.3 or newer). build.ps1 compiles it:
;
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=C:\src\dicel\dist\dicel-desktop-0.1.0 dicel-desktop.iss
;
; Mass deployment (no window, no question; exit code 0 when installed):
;
;   dicel-desktop-0.1.0-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;       /SERVER=db.dicel.rw[:PORT] /DATABASE=dicel_erp_db /SSLMODE=verify-full
;       /SSLROOTCERT=C:\Deploy\dicel-ca.pem [/PROFILENAME="Head office"]
;       [/LOG=C:\Windows\Temp\dicel-setup.log]
;
; Given /SERVER, it writes the site profile {app}\dicel.toml, which the program reads
; first (the file beside the executable; dicel_desktop/config.py). Without /SERVER an
; existing dicel.toml is kept, so an upgrade needs no parameters. A wrong parameter
; stops Setup before it changes anything (exit code 1, the reason in the log).

#if Ver < EncodeVer(6, 3, 0)
  #error DICEL Desktop's installer needs Inno Setup 6.3 or newer
#endif
#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (build.ps1 does)
#endif
#ifndef SourceDir
  #error Pass /DSourceDir=<the PyInstaller folder, dist\dicel-desktop-X.Y.Z> (build.ps1 does)
#endif

[Setup]
; Never change AppId: it is how an upgrade finds the installation it replaces.
AppId={{5E0C7A1D-3B8F-4C52-9A6E-D1C3E0B7F4A2}
AppName=DICEL Desktop
AppVersion={#AppVersion}
AppVerName=DICEL Desktop {#AppVersion}
AppPublisher=DICEL
DefaultDirName={autopf}\DICEL Desktop
DefaultGroupName=DICEL Desktop
DisableProgramGroupPage=yes
; For every account on the PC, in Program Files (the site profile is IT's, not a user's).
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#SourcePath}\..\..\dist
OutputBaseFilename=dicel-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile={#SourcePath}\..\..\resources\icons\dicel-desktop.ico
UninstallDisplayIcon={app}\dicel-desktop.exe
UninstallDisplayName=DICEL Desktop {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running DICEL Desktop holds its files open: ask it to close (Restart Manager).
CloseApplications=yes
SetupLogging=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the libraries entirely: none of the previous version's linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\DICEL Desktop"; Filename: "{app}\dicel-desktop.exe"; WorkingDir: "{app}"
Name: "{group}\DICEL Desktop (demo company)"; Filename: "{app}\dicel-desktop.exe"; Parameters: "--demo"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,DICEL Desktop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\DICEL Desktop"; Filename: "{app}\dicel-desktop.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\dicel-desktop.exe"; Description: "{cm:LaunchProgram,DICEL Desktop}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Written by [Code] below, so the uninstaller does not know them from [Files].
Type: files; Name: "{app}\dicel.toml"
Type: files; Name: "{app}\dicel-ca.pem"

[Code]
var
  Host, Port, Database, SslMode, SslRootCert, ProfileName: String;

function TomlString(Value: String): String;
begin
  StringChangeEx(Value, '\', '\\', True);
  StringChangeEx(Value, '"', '\"', True);
  Result := '"' + Value + '"';
end;

function HasControlCharacter(Value: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to Length(Value) do
    if Ord(Value[I]) < 32 then
      Result := True;
end;

function Refuse(Reason: String): Boolean;
begin
  Log('DICEL Desktop setup refused its parameters: ' + Reason);
  SuppressibleMsgBox(Reason, mbError, MB_OK, IDOK);
  Result := False;
end;

{ Reads and checks /SERVER= /DATABASE= /SSLMODE= /SSLROOTCERT= /PROFILENAME= before
  anything is installed: a mistake in a deployment script must not leave PCs half set up. }
function InitializeSetup(): Boolean;
var
  Server: String;
  Colon, PortNumber: Integer;
begin
  Result := True;
  Server := Trim(ExpandConstant('{param:SERVER|}'));
  Database := Trim(ExpandConstant('{param:DATABASE|dicel_erp_db}'));
  SslMode := Lowercase(Trim(ExpandConstant('{param:SSLMODE|}')));
  SslRootCert := Trim(ExpandConstant('{param:SSLROOTCERT|}'));
  ProfileName := Trim(ExpandConstant('{param:PROFILENAME|Head office}'));
  Host := '';
  if Server = '' then begin
    if (SslMode <> '') or (SslRootCert <> '') then
      Result := Refuse('/SSLMODE and /SSLROOTCERT belong to a site profile: give /SERVER too.');
    Exit;
  end;
  Host := Server;
  Port := '5432';
  { HOST:PORT; an IPv6 address is written in brackets: [::1]:5432 }
  if (Copy(Server, 1, 1) = '[') and (Pos(']', Server) > 0) then begin
    Host := Copy(Server, 2, Pos(']', Server) - 2);
    if Pos(']:', Server) > 0 then
      Port := Copy(Server, Pos(']:', Server) + 2, Length(Server));
  end else begin
    Colon := Pos(':', Server);
    if Colon > 0 then begin
      Host := Copy(Server, 1, Colon - 1);
      Port := Copy(Server, Colon + 1, Length(Server));
    end;
  end;
  PortNumber := StrToIntDef(Port, 0);
  if (Host = '') or (PortNumber < 1) or (PortNumber > 65535) then
    Result := Refuse('/SERVER must be HOST or HOST:PORT with a port between 1 and 65535, not "' + Server + '".')
  else if Database = '' then
    Result := Refuse('/DATABASE needs a name.')
  else if ProfileName = '' then
    Result := Refuse('/PROFILENAME needs a text.')
  else if HasControlCharacter(Host + Database + ProfileName) then
    Result := Refuse('A parameter holds a control character (a line break or a tab).')
  else if (SslMode <> '') and ((Pos(' ', SslMode) > 0) or (Pos(' ' + SslMode + ' ', ' disable allow prefer require verify-ca verify-full ') = 0)) then
    Result := Refuse('/SSLMODE must be one of disable, allow, prefer, require, verify-ca, verify-full, not "' + SslMode + '".')
  else if (SslRootCert <> '') and not FileExists(SslRootCert) then
    Result := Refuse('The CA certificate given by /SSLROOTCERT does not exist: ' + SslRootCert)
  { Without it libpq looks for %APPDATA%\postgresql\root.crt of each person (not the
    Windows certificate store): every login on the PC would fail. }
  else if (SslRootCert = '') and ((SslMode = 'verify-ca') or (SslMode = 'verify-full')) then
    Result := Refuse('/SSLMODE=' + SslMode + ' checks the server against a CA certificate: give it with /SSLROOTCERT=FILE (a file the installing account can read).');
  Port := IntToStr(PortNumber);
end;

procedure WriteSiteProfile();
var
  Lines: TArrayOfString;
  Count: Integer;
begin
  if Host = '' then
    Exit; { no /SERVER: keep the dicel.toml an earlier installation wrote }
  if (SslRootCert <> '') and not FileCopy(SslRootCert, ExpandConstant('{app}\dicel-ca.pem'), False) then
    RaiseException('The CA certificate could not be copied from ' + SslRootCert);
  SetArrayLength(Lines, 10);
  Lines[0] := '# The site profile: written by the DICEL Desktop installer; the login window offers';
  Lines[1] := '# this server. Format and keys: dicel_desktop/config.py.';
  Lines[2] := '';
  Lines[3] := '[[profile]]';
  Lines[4] := 'name = ' + TomlString(ProfileName);
  Lines[5] := 'host = ' + TomlString(Host);
  Lines[6] := 'port = ' + Port;
  Lines[7] := 'database = ' + TomlString(Database);
  Count := 8;
  if SslMode <> '' then begin
    Lines[Count] := 'sslmode = ' + TomlString(SslMode);
    Count := Count + 1;
  end;
  if SslRootCert <> '' then begin
    Lines[Count] := 'sslrootcert = "dicel-ca.pem"'; { relative to the profile's folder }
    Count := Count + 1;
  end;
  SetArrayLength(Lines, Count);
  { tomllib refuses a byte-order mark, which SaveStringsToUTF8File would write. }
  if not SaveStringsToUTF8FileWithoutBOM(ExpandConstant('{app}\dicel.toml'), Lines, False) then
    RaiseException('The site profile could not be written to ' + ExpandConstant('{app}\dicel.toml'));
  Log('Site profile written: ' + Host + ':' + Port + '/' + Database);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    WriteSiteProfile();
end;
