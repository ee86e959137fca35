using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.HelpLines;

namespace Portal.Features.HelpLines;

/// <summary>Loads the shipped help lines (assets/help-lines.json) into an empty table; afterwards administrators own the list.</summary>
public static class HelpLineSeed
{
    private sealed record File(List<HelpLineDetails> HelpLines);

    public static IReadOnlyList<HelpLineDetails> Shipped()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "assets", "help-lines.json");
        var json = JsonSerializer.Deserialize<File>(System.IO.File.ReadAllText(path),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip })
            ?? throw new InvalidDataException("assets/help-lines.json is empty.");
        return json.HelpLines.Select((h, i) => { h.SortOrder = (i + 1) * 10; return h; }).ToList();
    }

    public static async Task SeedAsync(PortalDbContext db)
    {
        if (await db.HelpLines.AnyAsync()) return;
        db.HelpLines.AddRange(Shipped().Select(d => new HelpLine(d)));
        await db.SaveChangesAsync();
    }
}
