; Inno Setup script: the Windows installer for the PyInstaller onedir build in dist\packstation
; (built by installers\windows\packstation.spec). Built by .github/workflows/windows.yml:
;   iscc /DAppVersion=0.1.0 installers\windows\packstation.iss
; Per-machine install into Program Files, a Start-menu entry (and an optional kiosk entry),
; uninstall through Settings → Apps. The station's database lives in the user's data folder
; (%LOCALAPPDATA%\packstation, platformdirs), which this installer never touches: uninstalling
; (or upgrading) keeps every order, scan and setting.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define DistDir "..\..\dist\packstation"

[Setup]
AppId={{6B0C5F1E-6A8E-4C55-9D0B-5C0D2F7A1E15}
AppName=packstation
AppVersion={#AppVersion}
AppPublisher=packstation
DefaultDirName={autopf}\packstation
DefaultGroupName=packstation
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=packstation-{#AppVersion}-setup
SetupIconFile=..\icons\packstation.ico
UninstallDisplayIcon={app}\packstation.exe
Compression=lzma2/fast
SolidCompression=no
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\packstation"; Filename: "{app}\packstation.exe"
Name: "{group}\packstation (kiosk)"; Filename: "{app}\packstation.exe"; Parameters: "--kiosk"
Name: "{group}\{cm:UninstallProgram,packstation}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\packstation"; Filename: "{app}\packstation.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\packstation.exe"; Description: "{cm:LaunchProgram,packstation}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself wrote beside it (Python byte-code caches); never the data folder.
Type: filesandordirs; Name: "{app}\_internal\packstation\adapters\db\migrations\versions\__pycache__"
