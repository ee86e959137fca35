using System.Reflection;
using System.Xml.Linq;
using Microsoft.AspNetCore.Components;
using Portal.Components.Cases;

namespace Portal.Tests.Components;

/// <summary>Every public [Parameter] of Portal.Components has a one-line summary, as MudBlazor's parameters do.</summary>
public class ParameterDocumentationTests
{
    private static readonly Assembly Library = typeof(CaseHeader).Assembly;

    public static IEnumerable<string> ParameterIds() =>
        Library.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.GetCustomAttribute<ParameterAttribute>() is not null)
            .Select(p => $"P:{p.DeclaringType!.FullName}.{p.Name}");

    public static IReadOnlyDictionary<string, string> Summaries()
    {
        var file = Path.ChangeExtension(Library.Location, ".xml");
        Assert.True(File.Exists(file), $"{file} is missing: GenerateDocumentationFile must be on for Portal.Components.");
        return XDocument.Load(file).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => string.Join(" ", ((string?)m.Element("summary") ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Every_public_parameter_has_a_summary()
    {
        var summaries = Summaries();
        var undocumented = ParameterIds()
            .Where(id => string.IsNullOrWhiteSpace(summaries.GetValueOrDefault(id)))
            .ToList();

        Assert.True(undocumented.Count == 0, "Parameters without a <summary>: " + string.Join(", ", undocumented));
    }

    [Fact]
    public void The_check_sees_the_parameters_of_razor_components_and_of_their_base_class()
    {
        var ids = ParameterIds().ToList();
        Assert.Contains("P:Portal.Components.Cases.CaseHeader.Case", ids);
        Assert.Contains("P:Portal.Components.Visitation.StepBase.Answers", ids);
        Assert.Equal("The visitation's answers, edited in place.", Summaries()["P:Portal.Components.Visitation.StepBase.Answers"]);
    }
}
