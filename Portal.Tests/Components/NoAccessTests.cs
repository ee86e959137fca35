using Bunit;
using Portal.Components.Shell;

namespace Portal.Tests.Components;

public class NoAccessTests : ComponentTestBase
{
    [Fact]
    public void Says_in_danish_that_there_is_no_access_and_whom_to_ask()
    {
        var alert = Render<NoAccess>().Find("[role=alert]");
        Assert.Equal("Ingen adgang", alert.QuerySelector("h1")!.TextContent);
        Assert.Contains("Du har ikke adgang til det, du forsøgte at åbne.", alert.TextContent);
        Assert.Contains("kontakt sagens", alert.TextContent);
        Assert.Contains("visitator eller din leder", alert.TextContent);
    }
}
