using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Documents;

namespace Portal.Tests.Documents;

public class DocumentSupportTests
{
    [Fact]
    public void Dates_are_printed_dd_mm_yyyy_in_danish_time()
    {
        // 23:30 UTC on 14 March is already 15 March in Copenhagen.
        var lateEvening = new DateTimeOffset(2025, 3, 14, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal("15-03-2025", DocumentDates.Date(lateEvening));
        Assert.Equal("15-03-2025 kl. 00.30", DocumentDates.DateAndTime(lateEvening));
        Assert.Equal("01-02-2025", DocumentDates.Date(new DateOnly(2025, 2, 1)));
        Assert.Equal("07.05", DocumentDates.Time(new TimeOnly(7, 5)));
    }

    [Fact]
    public void Shipped_logo_is_a_small_png_found_by_the_default_configuration()
    {
        var config = new ConfigurationBuilder().Build();

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "assets", "logo.png"), MunicipalityLogo.PathFrom(config));
        var logo = MunicipalityLogo.Load(config, NullLogger.Instance);
        Assert.NotNull(logo);
        Assert.InRange(logo.Length, 1, 10 * 1024);
    }

    [Fact]
    public void Missing_or_broken_logo_gives_no_logo_instead_of_failing()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"portal-logo-{Guid.NewGuid():N}.png");
        File.WriteAllText(broken, "not an image");
        try
        {
            Assert.Null(MunicipalityLogo.Read(broken));
            Assert.Null(MunicipalityLogo.Read(broken + ".missing"));
            var config = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { [MunicipalityLogo.ConfigKey] = broken })
                .Build();
            Assert.Null(MunicipalityLogo.Load(config, NullLogger.Instance));
        }
        finally
        {
            File.Delete(broken);
        }
    }
}
