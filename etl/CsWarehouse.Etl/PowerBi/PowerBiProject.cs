using CsWarehouse.Etl.Configuration;

namespace CsWarehouse.Etl.PowerBi;

/// <summary>The Power BI Project kept as text: one semantic model (model.bim) and one report definition (PBIR).</summary>
public sealed class PowerBiProject
{
    public const string Name = "CustomerService";

    private PowerBiProject(string folder) => Folder = Path.GetFullPath(folder);

    public string Folder { get; }

    public string ModelFile => Path.Combine(Folder, Name + ".SemanticModel", "model.bim");

    public string ReportFolder => Path.Combine(Folder, Name + ".Report");

    public string ReportDefinition => Path.Combine(ReportFolder, "definition");

    /// <summary>The base themes the report names, kept beside the report as Power BI Desktop saves them.</summary>
    public string BaseThemes => Path.Combine(ReportFolder, "StaticResources", "SharedResources", "BaseThemes");

    /// <summary>Opens the project folder, or says which file is missing and how to fix it.</summary>
    public static PowerBiProject Open(string folder)
    {
        var project = new PowerBiProject(folder);
        foreach (var required in new[] { project.ModelFile, Path.Combine(project.ReportDefinition, "pages", "pages.json") })
        {
            if (!File.Exists(required))
                throw new ConfigurationException(
                    $"{required} not found: --source must be the powerbi/ folder of the repository (it holds {Name}.pbip).");
        }
        return project;
    }
}
