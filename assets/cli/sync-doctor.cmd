@echo off
rem Sync Doctor command line: runs the app's own executable in CLI mode (no window).
rem Installed as resources\bin\sync-doctor.cmd, two folders below "Sync Doctor.exe".
setlocal
"%~dp0..\..\Sync Doctor.exe" --cli %*
endlocal & exit /b %ERRORLEVEL%
