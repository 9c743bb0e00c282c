using CsWarehouse.Cli;

return CliApp.Run(args, CsWarehouse.Cli.CommandLine.Terminal.FromConsole());
