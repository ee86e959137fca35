using Portal.Benchmarks.Circuits;

namespace Portal.Tests.EndToEnd;

/// <summary>The headless circuit client (benchmark circuits) against the real app: circuits held, pages rendered, clicks answered.</summary>
[Collection(PortalCollection.Name)]
public class CircuitLoadTests(PortalAppFixture app)
{
    [Fact]
    public async Task Twenty_headless_circuits_render_the_case_list_and_answer_clicks()
    {
        var result = await CircuitBenchmark.RunAsync(
        [
            "--url", app.BaseUrl, "--circuits", "20", "--users", "visitator.mette,visitator.karsten", "--page", "/sager",
            "--expect", "Sager", "--clicks", "2", "--click", "Borger", "--think", "200", "--hold", "0", "--ramp", "40",
        ]);

        Assert.Equal(20, result.Held);
        Assert.Equal(20, result.ShowingExpected);
        Assert.True(result.RenderBatches >= 20, $"{result.RenderBatches} render batches");
        Assert.True(result.ServerCircuits >= 20, $"the server counted {result.ServerCircuits} circuits");
        Assert.Equal(40, result.ClicksRendered);
        Assert.Equal(0, result.Errors);
    }
}
