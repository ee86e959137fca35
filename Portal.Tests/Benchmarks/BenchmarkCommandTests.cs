using Portal.Benchmarks;

namespace Portal.Tests.Benchmarks;

public class BenchmarkCommandTests
{
    [Theory]
    [InlineData("")]
    [InlineData("nope")]
    [InlineData("--benchmark-pdf 200")]
    public async Task A_missing_or_unknown_name_prints_the_usage_with_every_name_and_exits_with_2(string arguments)
    {
        var error = new StringWriter();

        var exit = await BenchmarkCommand.RunAsync(arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries), error);

        Assert.Equal(2, exit);
        Assert.StartsWith("Usage: benchmark <name>", error.ToString());
        foreach (var name in new[] { "pdf", "dashboard", "circuits" })
            Assert.Contains($"benchmark {name} ", error.ToString());
    }

    [Fact]
    public void The_modes_are_pdf_dashboard_and_circuits()
    {
        Assert.Equal(["pdf", "dashboard", "circuits"], BenchmarkCommand.Names);
    }
}
