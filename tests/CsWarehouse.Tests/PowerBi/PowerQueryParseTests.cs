using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.PowerBi;

/// <summary>Every M expression of the model parses with Microsoft's Power Query parser (tests/powerquery, run by node).</summary>
public sealed class PowerQueryParseTests
{
    private static string ParserFolder => Path.Combine(RepositoryPaths.Root(), "tests", "powerquery");

    [SkippableFact]
    public void Every_M_expression_in_the_model_parses()
    {
        var expressions = PowerBiModel.MExpressions(PowerBiModel.Load()).ToList();

        var result = Parse(expressions);

        Assert.Equal(expressions.Count, result["parsed"]!.GetValue<int>());
        Assert.Empty(result["errors"]!.AsArray().Select(e => e!.ToJsonString()));
    }

    [SkippableFact]
    public void A_broken_M_expression_is_reported()
    {
        var result = Parse([("broken", "let Source = Sql.Database(Server, Database in Source")]);

        Assert.Single(result["errors"]!.AsArray());
    }

    internal static JsonObject Parse(IReadOnlyList<(string Name, string Expression)> expressions)
    {
        Skip.If(Run("node", "--version", ParserFolder, null).ExitCode != 0, "node is not installed; CI has it");
        if (!Directory.Exists(Path.Combine(ParserFolder, "node_modules", "@microsoft", "powerquery-parser")))
        {
            var install = Run("npm", "ci --no-audit --no-fund", ParserFolder, null);
            Assert.True(install.ExitCode == 0, "npm ci in tests/powerquery failed: " + install.Error);
        }
        var input = JsonSerializer.Serialize(expressions.Select(e => new { name = e.Name, expression = e.Expression }));
        var run = Run("node", "parse.mjs", ParserFolder, input);
        Assert.True(run.ExitCode == 0, "parse.mjs failed: " + run.Error);
        return JsonNode.Parse(run.Output)!.AsObject();
    }

    private static (int ExitCode, string Output, string Error) Run(string file, string arguments, string folder, string? input)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start)!;
            process.StandardInput.Write(input ?? "");
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, "", e.Message);
        }
    }
}
