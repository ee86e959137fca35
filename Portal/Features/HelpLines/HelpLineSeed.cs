using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.HelpLines;

namespace Portal.Features.HelpLines;

/// <summary>
/// Loads the shipped help lines (assets/help-lines.json) into an empty table; afterwards administrators own the list.
/// Entries marked "example" arrive as examples the administrator must confirm.
/// </summary>
public static class HelpLineSeed
{
    private sealed record Entry(string? Name, string? DiscreetName, string? Number, string? OpeningHours, string? Description, bool Example);

    private sealed record File(List<Entry> HelpLines);

    public static IReadOnlyList<HelpLine> Shipped()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "assets", "help-lines.json");
        var json = JsonSerializer.Deserialize<File>(System.IO.File.ReadAllText(path),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip })
            ?? throw new InvalidDataException("assets/help-lines.json is empty.");
        return json.HelpLines.Select((h, i) =>
        {
            var details = new HelpLineDetails
            {
                Name = h.Name, DiscreetName = h.DiscreetName, Number = h.Number, OpeningHours = h.OpeningHours, Description = h.Description,
                SortOrder = (i + 1) * 10,
            };
            return h.Example ? HelpLine.Example(details) : new HelpLine(details);
        }).ToList();
    }

    public static async Task SeedAsync(PortalDbContext db)
    {
        if (await db.HelpLines.AnyAsync()) return;
        db.HelpLines.AddRange(Shipped());
        await db.SaveChangesAsync();
    }
}
