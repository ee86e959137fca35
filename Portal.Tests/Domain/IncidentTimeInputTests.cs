using Portal.Domain.Incidents;

namespace Portal.Tests.Domain;

public class IncidentTimeInputTests
{
    [Theory]
    [InlineData("14:30", 14, 30)]
    [InlineData("14.30", 14, 30)]
    [InlineData("9:05", 9, 5)]
    [InlineData("09:05", 9, 5)]
    [InlineData(" 21.30 ", 21, 30)]
    [InlineData("0:00", 0, 0)]
    [InlineData("23:59", 23, 59)]
    public void Accepts_the_ways_staff_write_a_time(string text, int hour, int minute)
    {
        var input = IncidentTimeInput.Parse(text);

        Assert.True(input.IsValid);
        Assert.Equal(new TimeOnly(hour, minute), input.Time);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_is_no_time_and_no_error(string? text) =>
        Assert.Equal(new IncidentTimeInput(null, null), IncidentTimeInput.Parse(text));

    [Theory]
    [InlineData("25:00")]
    [InlineData("14:60")]
    [InlineData("1430")]
    [InlineData("kl. 14")]
    [InlineData("14:3")]
    [InlineData("2:30 PM")]
    public void Bad_input_gets_the_Danish_message_and_no_time(string text)
    {
        var input = IncidentTimeInput.Parse(text);

        Assert.False(input.IsValid);
        Assert.Null(input.Time);
        Assert.Equal("Skriv klokkeslættet som tt:mm, fx 21:30.", input.Error);
    }
}
