-- A SQL Server Agent job that runs cswh run every night at 01:15 (the server's local time) as a CmdExec step.
-- The Agent service account (or a proxy) needs to run C:\cswh\cswh.exe and read the secret's environment variable.
use msdb;
go
exec dbo.sp_add_job @job_name = N'cswh nightly run', @description = N'Load, export, Power BI refresh and reconciliation.';
exec dbo.sp_add_jobstep
    @job_name = N'cswh nightly run',
    @step_name = N'cswh run',
    @subsystem = N'CmdExec',
    @command = N'cd /d C:\cswh && C:\cswh\cswh.exe run --config C:\cswh\nightly.json --wait --json >> C:\cswh\logs\runs.jsonl 2>> C:\cswh\logs\cswh.log',
    @on_success_action = 1,
    @on_fail_action = 2;
exec dbo.sp_add_schedule
    @schedule_name = N'cswh nightly 01:15',
    @freq_type = 4,
    @freq_interval = 1,
    @active_start_time = 011500;
exec dbo.sp_attach_schedule @job_name = N'cswh nightly run', @schedule_name = N'cswh nightly 01:15';
exec dbo.sp_add_jobserver @job_name = N'cswh nightly run';
go
