; clinicrep installer for Windows: a per-user install (no administrator rights needed)
; into %LOCALAPPDATA%\Programs\clinicrep, with Start-menu and desktop shortcuts.
; Reviews and settings live apart from the program, in %LOCALAPPDATA%\clinicrep
; (platformdirs), so upgrades and uninstalls keep them; the uninstaller removes them only
; when the user ticks "Also remove my reviews and settings" (or passes /REMOVEDATA).
;
;   makensis /DDIST=dist\clinicrep /DVERSION=0.1.0 [/DICON=...] [/DOUTFILE=...] clinicrep.nsi
;
; DIST is the PyInstaller one-folder bundle (clinicrep.exe, clinicrep-cli.exe, _internal\).

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef DIST
  !error "pass /DDIST=<the PyInstaller folder, e.g. dist\clinicrep>"
!endif
!ifndef VERSION
  !error "pass /DVERSION=<x.y.z>"
!endif
!ifndef OUTFILE
  !define OUTFILE "clinicrep-${VERSION}-setup.exe"
!endif

!define APP "clinicrep"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define DATA_DIR "$LOCALAPPDATA\${APP}"
!define DEMO_DIR "$LOCALAPPDATA\${APP}-demo"

!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "${APP}"

!ifdef ICON  ; /DICON=build\icons\clinicrep.ico (packaging/render_icons.py)
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\clinicrep.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "Ukrainian"
!insertmacro MUI_LANGUAGE "Polish"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString RemoveData ${LANG_ENGLISH} "Also remove my reviews and settings"
LangString RemoveData ${LANG_RUSSIAN} "Также удалить мои отзывы и настройки"
LangString RemoveData ${LANG_UKRAINIAN} "Також видалити мої відгуки та налаштування"
LangString RemoveData ${LANG_POLISH} "Usuń także moje opinie i ustawienia"
LangString RemoveData ${LANG_SIMPCHINESE} "同时删除我的评价和设置"
LangString KeepDataNote ${LANG_ENGLISH} "Your reviews, replies and settings are kept unless you tick the box below. A later installation of clinicrep will find them again.$\r$\n$\r$\n${DATA_DIR}"
LangString KeepDataNote ${LANG_RUSSIAN} "Ваши отзывы, ответы и настройки сохранятся, если не отметить флажок ниже. Если установить clinicrep снова, он их найдёт.$\r$\n$\r$\n${DATA_DIR}"
LangString KeepDataNote ${LANG_UKRAINIAN} "Ваші відгуки, відповіді та налаштування збережуться, якщо не позначити прапорець нижче. Якщо встановити clinicrep знову, він їх знайде.$\r$\n$\r$\n${DATA_DIR}"
LangString KeepDataNote ${LANG_POLISH} "Twoje opinie, odpowiedzi i ustawienia zostaną zachowane, chyba że zaznaczysz pole poniżej. Po ponownej instalacji clinicrep je odnajdzie.$\r$\n$\r$\n${DATA_DIR}"
LangString KeepDataNote ${LANG_SIMPCHINESE} "除非勾选下面的选项，您的评价、回复和设置都会保留。以后重新安装 clinicrep 时仍可使用。$\r$\n$\r$\n${DATA_DIR}"
LangString DataTitle ${LANG_ENGLISH} "Your data"
LangString DataTitle ${LANG_RUSSIAN} "Ваши данные"
LangString DataTitle ${LANG_UKRAINIAN} "Ваші дані"
LangString DataTitle ${LANG_POLISH} "Twoje dane"
LangString DataTitle ${LANG_SIMPCHINESE} "您的数据"

Var RemoveDataCheckbox
Var RemoveDataChosen

Section "clinicrep" SecMain
  SectionIn RO
  ; an upgrade replaces the program files only; the data folder is elsewhere
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*"

  CreateDirectory "$SMPROGRAMS"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\clinicrep.exe" "" "$INSTDIR\clinicrep.exe" 0
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\clinicrep.exe" "" "$INSTDIR\clinicrep.exe" 0

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\clinicrep.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Function un.onInit
  StrCpy $RemoveDataChosen 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    StrCpy $RemoveDataChosen 1
  ${EndIf}
FunctionEnd

Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "$(DataTitle)" ""
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 60u "$(KeepDataNote)"
  Pop $0
  ${NSD_CreateCheckbox} 0 70u 100% 12u "$(RemoveData)"
  Pop $RemoveDataCheckbox
  ${If} $RemoveDataChosen == 1
    ${NSD_Check} $RemoveDataCheckbox
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $RemoveDataCheckbox $0
  ${If} $0 == ${BST_CHECKED}
    StrCpy $RemoveDataChosen 1
  ${Else}
    StrCpy $RemoveDataChosen 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\clinicrep.exe"
  Delete "$INSTDIR\clinicrep-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  ${If} $RemoveDataChosen == 1
    ; only on the user's explicit request: the database, backups, settings, logs, demo
    RMDir /r "${DATA_DIR}"
    RMDir /r "${DEMO_DIR}"
  ${EndIf}
SectionEnd
