using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Tests.Data;

/// <summary>One convention for EF mappings: one <c>&lt;Entity&gt;Configuration</c> per entity, in Portal/Data/Mappings.</summary>
public class MappingConventionTests
{
    private static readonly Type[] Configurations = typeof(PortalDbContext).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false })
        .Where(t => t.GetInterfaces().Any(IsEntityConfiguration))
        .ToArray();

    private static bool IsEntityConfiguration(Type i) =>
        i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>);

    private static Type EntityOf(Type configuration) =>
        configuration.GetInterfaces().Single(IsEntityConfiguration).GetGenericArguments()[0];

    [Fact]
    public void Every_mapping_lives_in_Data_Mappings_and_is_named_after_its_entity()
    {
        Assert.NotEmpty(Configurations);
        foreach (var configuration in Configurations)
        {
            Assert.Equal("Portal.Data.Mappings", configuration.Namespace);
            Assert.Equal(EntityOf(configuration).Name + "Configuration", configuration.Name);
        }
    }

    [Fact]
    public void Each_entity_is_configured_in_exactly_one_class()
    {
        var twice = Configurations.GroupBy(EntityOf).Where(g => g.Count() > 1).Select(g => g.Key.Name).ToArray();
        Assert.Empty(twice);
    }

    [Fact]
    public void Every_entity_of_the_portal_has_its_mapping_class()
    {
        // The model only: the design-time context needs no database.
        using var db = new Portal.Data.SqliteDesignTimeFactory().CreateDbContext([]);
        var mapped = Configurations.Select(EntityOf).ToHashSet();
        var missing = db.Model.GetEntityTypes()
            .Where(e => !e.IsOwned() && e.ClrType.Namespace?.StartsWith("Portal", StringComparison.Ordinal) == true)
            .Select(e => e.ClrType)
            .Where(t => !mapped.Contains(t))
            .Select(t => t.Name)
            .ToArray();
        Assert.Empty(missing);
    }
}
