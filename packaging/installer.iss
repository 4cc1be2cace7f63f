; Inno Setup script: installs the one-folder build per machine into Program Files.
; The register itself is never written here: the app keeps it in %LOCALAPPDATA%\kgs-ropa.
; The version comes from the package: packaging/build.py passes /DAppVersion=<kgs_ropa.__version__>.
#ifndef AppVersion
  #error Run "python packaging/build.py --installer" (it passes the version) instead of ISCC alone.
#endif

[Setup]
AppId={{6C5E1B7A-2D0B-4F3A-9C55-0D7F6E1A3B21}
AppName=KGS ROPA
AppVersion={#AppVersion}
AppPublisher=KGS Diamond
DefaultDirName={autopf}\KGS ROPA
DefaultGroupName=KGS ROPA
OutputBaseFilename=kgs-ropa-{#AppVersion}-setup
OutputDir=..\dist
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\KGS ROPA\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\KGS ROPA"; Filename: "{app}\KGS ROPA.exe"
Name: "{autodesktop}\KGS ROPA"; Filename: "{app}\KGS ROPA.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\KGS ROPA.exe"; Description: "{cm:LaunchProgram,KGS ROPA}"; Flags: nowait postinstall skipifsilent
