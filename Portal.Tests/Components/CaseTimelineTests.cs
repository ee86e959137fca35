using Bunit;
using Portal.Components.Cases;
using Portal.Domain.Cases;
using Portal.Tests.Domain;

namespace Portal.Tests.Components;

public class CaseTimelineTests : ComponentTestBase
{
    [Fact]
    public void An_empty_timeline_says_so_in_danish()
    {
        var timeline = Render<CaseTimeline>(p => p.Add(t => t.Entries, []));
        Assert.Contains("Der er ikke sket noget på sagen endnu.", timeline.Markup);
        Assert.Empty(timeline.FindAll("[data-testid=timeline]"));
    }

    [Fact]
    public void Each_entry_shows_its_danish_time_title_actor_and_text_and_notes_are_marked()
    {
        var entries = new[]
        {
            new TimelineEntry(TestData.Now, "Journalnotat", "Borgeren ringede.", "Mette 1", IsNote: true),
            new TimelineEntry(TestData.Now.AddDays(-1), "Sag oprettet", "Henvendelse fra borger.", "Mette 1", IsNote: false),
        };
        var timeline = Render<CaseTimeline>(p => p.Add(t => t.Entries, entries));

        var items = timeline.FindAll("[data-testid=timeline] li");
        Assert.Equal(2, items.Count);
        var meta = string.Join(" ", items[0].QuerySelector(".portal-timeline-meta")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("24-11-2026 kl. 10:00 · Journalnotat · Mette 1", meta); // 09:00 UTC is 10:00 in Denmark
        Assert.Contains("Borgeren ringede.", items[0].TextContent);
        Assert.Equal("portal-timeline-note", items[0].ClassName);
        Assert.Equal("portal-timeline-event", items[1].ClassName);
        Assert.Equal("2026-11-24T09:00:00.0000000Z", items[0].QuerySelector("time")!.GetAttribute("datetime"));
    }
}
