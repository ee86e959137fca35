using Bunit;
using Portal.Components.Forms;

namespace Portal.Tests.Components;

public class FieldErrorTests : ComponentTestBase
{
    [Fact]
    public void A_message_is_shown_as_an_alert()
    {
        var error = Render<FieldError>(p => p.Add(e => e.Message, "Begrundelsen skal udfyldes."));
        var alert = error.Find(".portal-field-error");
        Assert.Equal("alert", alert.GetAttribute("role"));
        Assert.Equal("Begrundelsen skal udfyldes.", alert.TextContent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_message_renders_nothing(string? message) =>
        Assert.Equal("", Render<FieldError>(p => p.Add(e => e.Message, message)).Markup.Trim());
}
