using CsWarehouse.Cli;
using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Cli;

/// <summary>The help text, as people read it, kept as reviewed snapshots; every option has a description and an example.</summary>
public sealed class HelpSnapshotTests
{
    public static TheoryData<string> CommandNames => new(CliApp.Commands.Select(c => c.Name));

    [Fact]
    public void Program_help_lists_every_command_and_the_exit_codes()
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Success, CliApp.Run(["--help"], new Terminal(output, TextWriter.Null, false)));
        Snapshot.Match("help.txt", output.ToString());
        foreach (var command in CliApp.Commands) Assert.Contains($"  {command.Name} ", output.ToString());
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Command_help_describes_every_option_with_an_example(string name)
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Success, CliApp.Run([.. name.Split(' '), "--help"], new Terminal(output, TextWriter.Null, false)));
        var text = output.ToString();
        Snapshot.Match($"help-{name.Replace(' ', '-')}.txt", text);
        foreach (var option in CliApp.Commands.Single(c => c.Name == name).Options)
        {
            Assert.False(string.IsNullOrWhiteSpace(option.Description));
            Assert.Contains($"e.g. {option.Example}", text);
        }
    }
}
