using CsWarehouse.Cli;
using CsWarehouse.Cli.CommandLine;

namespace CsWarehouse.Tests.Publishing;

/// <summary>How <c>cswh export</c> refuses bad options, before it touches a warehouse.</summary>
public sealed class ExportCommandTests
{
    [Theory]
    [InlineData(new[] { "export", "--format", "xlsx", "--out", "x" }, "--format must be parquet or csv")]
    [InlineData(new[] { "export", "--format", "csv" }, "--out is required")]
    public void Bad_options_exit_with_the_usage_code_and_say_why(string[] args, string message)
    {
        var error = new StringWriter();
        Assert.Equal(ExitCodes.Usage, CliApp.Run(args, new Terminal(TextWriter.Null, error, false)));
        Assert.Contains(message, error.ToString());
    }
}
