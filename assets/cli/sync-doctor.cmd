@echo off
rem Sync Doctor command line: runs the app's own executable in CLI mode (no window).
rem Installed as resources\bin\sync-doctor.cmd (electron-builder.yml), two folders below "Sync Doctor.exe".
rem cmd.exe waits for a GUI program started from a batch file, so %ERRORLEVEL% is its exit code.
rem Electron keeps stdout when it is a pipe or a file and attaches to this console otherwise;
rem an inherited ELECTRON_NO_ATTACH_CONSOLE would silence it in a console window, so it is cleared.
rem ELECTRON_RUN_AS_NODE is not used: the runAsNode fuse is off (docs/FLEET.md says why).
setlocal
set "ELECTRON_NO_ATTACH_CONSOLE="
"%~dp0..\..\Sync Doctor.exe" --cli %*
endlocal & exit /b %ERRORLEVEL%
