; VaxPoint Windows installer (NSIS 3, Unicode). Not built by CI; see packaging/README.md.
; Build (from a "Developer PowerShell" with Qt 6.4+ MSVC and NSIS on PATH):
;   cmake -S . -B build-win -G Ninja -DCMAKE_BUILD_TYPE=Release -DVAX_BUILD_TESTS=OFF
;   cmake --build build-win
;   cmake --install build-win --prefix stage
;   windeployqt --release --no-compiler-runtime --dir stage\bin stage\bin\vaxpoint.exe
;   copy the MSVC runtime, libsodium.dll, sqlite3.dll, zip.dll, qrencode.dll and
;   qt6keychain.dll into stage\bin, then:
;   makensis /DVERSION=0.1.0 /DSTAGE=..\..\stage packaging\windows\vaxpoint.nsi
Unicode true
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef STAGE
  !define STAGE "..\..\stage"
!endif
!define APPNAME "VaxPoint"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\VaxPoint"

Name "${APPNAME} ${VERSION}"
OutFile "vaxpoint-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\VaxPoint"
InstallDirRegKey HKLM "Software\VaxPoint" "InstallDir"
RequestExecutionLevel admin

!include "MUI2.nsh"
!define MUI_ICON "vaxpoint.ico"  ; convert packaging/icons/vaxpoint.svg to .ico beforehand
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "TradChinese"

Section "VaxPoint" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; vaxpoint.exe, vaxctl.exe, the Qt libraries and plugins placed by windeployqt
  ; (platforms\, sqldrivers\qsqlite.dll, styles\, imageformats\, printsupport\), other DLLs.
  File /r "${STAGE}\bin\*.*"
  File "vaxpoint.ico"

  CreateDirectory "$SMPROGRAMS\VaxPoint"
  CreateShortcut "$SMPROGRAMS\VaxPoint\VaxPoint.lnk" "$INSTDIR\vaxpoint.exe" "" "$INSTDIR\vaxpoint.ico"
  CreateShortcut "$SMPROGRAMS\VaxPoint\Observation board.lnk" "$INSTDIR\vaxpoint.exe" \
    "--observation-board" "$INSTDIR\vaxpoint.ico"
  CreateShortcut "$SMPROGRAMS\VaxPoint\Uninstall VaxPoint.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\VaxPoint.lnk" "$INSTDIR\vaxpoint.exe" "" "$INSTDIR\vaxpoint.ico"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\VaxPoint" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "VaxPoint maintainers"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\vaxpoint.ico"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
SectionEnd

; The uninstaller removes the program only. The site database and its backups live in the
; user's application data folder and are clinical records: they are never deleted here.
Section "Uninstall"
  Delete "$DESKTOP\VaxPoint.lnk"
  RMDir /r "$SMPROGRAMS\VaxPoint"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTKEY}"
  DeleteRegKey HKLM "Software\VaxPoint"
SectionEnd
