using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using CsWarehouse.Etl.PowerBi;

namespace CsWarehouse.Tests.PowerBi;

/// <summary><c>cswh powerbi build --engine</c>: a template whose every query reads one kind of source, and still parses.</summary>
public sealed class PbitEngineTests : IDisposable
{
    private static readonly string[] Functions = ["Sql.Database", "PostgreSQL.Database", "Parquet.Document"];

    private readonly string _folder = Directory.CreateTempSubdirectory("cswh-pbit-engine-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SkippableTheory]
    [InlineData(TemplateEngine.Parquet, "Parquet.Document", new[] { "Folder" })]
    [InlineData(TemplateEngine.Postgres, "PostgreSQL.Database", new[] { "Server", "Database" })]
    [InlineData(TemplateEngine.SqlServer, "Sql.Database", new[] { "Server", "Database" })]
    public void A_template_for_one_engine_names_only_that_source_and_its_parameters(TemplateEngine engine, string function, string[] parameters)
    {
        var model = DataModelSchema(PbitBuilder.Build(PowerBiModel.Project, _folder, engine).File);

        var queries = PowerBiModel.MExpressions(model).ToList();
        var tables = queries.Where(q => q.Name.StartsWith("table ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, q => Assert.Contains(function, q.Expression));
        Assert.All(queries, q => Assert.DoesNotContain(Functions.Where(f => f != function), f => q.Expression.Contains(f, StringComparison.Ordinal)));
        Assert.All(queries, q => Assert.DoesNotContain("Engine", q.Expression));
        Assert.Equal(parameters.Order(), model["model"]!["expressions"]!.AsArray().Select(e => (string)e!["name"]!).Order());

        var parsed = PowerQueryParseTests.Parse(queries);
        Assert.Equal(queries.Count, parsed["parsed"]!.GetValue<int>());
        Assert.Empty(parsed["errors"]!.AsArray().Select(e => e!.ToJsonString()));
    }

    [Fact]
    public void A_template_without_an_engine_keeps_the_switch_over_all_three()
    {
        var model = DataModelSchema(PbitBuilder.Build(PowerBiModel.Project, _folder).File);

        var table = PowerBiModel.MExpressions(model).First(q => q.Name.StartsWith("table ", StringComparison.Ordinal));
        Assert.All(Functions, f => Assert.Contains(f, table.Expression));
    }

    private static JsonObject DataModelSchema(string pbit)
    {
        using var zip = ZipFile.OpenRead(pbit);
        using var stream = zip.GetEntry("DataModelSchema")!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return JsonNode.Parse(Encoding.Unicode.GetString(copy.ToArray()))!.AsObject();
    }
}
